import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from './root'

const ROOT = projectRoot()

export interface RunningRuntime {
  url: string
  port: number
  dataDir: string
  process: ChildProcess
  output: () => string
  /** Ctrl-C: clean shutdown. */
  stop(): Promise<number | string | null>
  /** kill -9: no chance to flush anything. */
  kill9(): Promise<void>
}

export const tempDataDir = (label = 'icp') => mkdtempSync(path.join(os.tmpdir(), `${label}-`))
export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true })

/**
 * Starts the real local runtime (dist/server/main.js, as `npm start` runs it)
 * in a child process on a free port with its own data directory, and waits for
 * its "ready" line. The builds are made by scripts/test.js before Jest runs.
 */
export function startRuntime(opts: { dataDir?: string; port?: number; env?: NodeJS.ProcessEnv; readyTimeoutMs?: number } = {}): Promise<RunningRuntime> {
  const dataDir = opts.dataDir ?? tempDataDir()
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/server/main.js'), '--no-build', '--port', String(opts.port ?? 0), '--data-dir', dataDir], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let out = ''
  // The exit code, or the signal's name when a signal ended the process.
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`runtime did not start in time:\n${out}`)), opts.readyTimeoutMs ?? 30000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const line = out.split('\n').find((l) => l.startsWith('{"event":"ready"'))
      if (!line) return
      clearTimeout(timer)
      const { port, url } = JSON.parse(line) as { port: number; url: string }
      resolve({
        url,
        port,
        dataDir,
        process: child,
        output: () => out,
        stop: async () => {
          child.kill('SIGINT')
          return exited
        },
        kill9: async () => {
          child.kill('SIGKILL')
          await exited
        }
      })
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`runtime exited with ${code} before it was ready:\n${out}`))
    })
  })
}

/** Runs the runtime expecting it to refuse to start; resolves with its output and exit code. */
export function runtimeRefusal(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/server/main.js'), '--no-build', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string; detail?: Record<string, unknown> } }

/** A tiny HTTP client of the runtime's API (local-api.md). */
export class ApiClient {
  constructor(readonly base: string, public token?: string) {}

  static async applicant(base: string): Promise<ApiClient> {
    const res = await fetch(`${base}/api/auth/applicant`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    const body = (await res.json()) as Envelope<{ token: string }>
    if (!body.ok) throw new Error(body.error.message)
    return new ApiClient(base, body.data.token)
  }

  async raw(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}) {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
      body
    })
    return { status: res.status, body: (await res.json()) as Envelope }
  }

  async call<T = unknown>(fn: string, event: unknown): Promise<Envelope<T>> {
    const r = await this.raw('POST', `/api/functions/${fn}`, JSON.stringify(event), { 'content-type': 'application/json' })
    return r.body as Envelope<T>
  }
}

/**
 * One runtime for a whole describe block: started before its tests, stopped
 * and its data removed after. Read `.current` inside the tests.
 */
export function runtimeForSuite(opts: Parameters<typeof startRuntime>[0] = {}): { current: RunningRuntime } {
  const holder = {} as { current: RunningRuntime }
  beforeAll(async () => {
    holder.current = await startRuntime(opts)
  })
  afterAll(async () => {
    if (!holder.current) return
    await holder.current.stop()
    removeDir(holder.current.dataDir)
  })
  return holder
}
