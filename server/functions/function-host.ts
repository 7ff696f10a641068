import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

export class FunctionHostError extends Error {
  constructor(readonly code: 'FUNCTION.NOT_FOUND' | 'FUNCTION.TIMEOUT' | 'FUNCTION.CRASHED', message: string) {
    super(message)
  }
}

interface Instance {
  worker: Worker
  busy: boolean
}

interface FunctionSpec {
  name: string
  bundlePath: string
  timeoutMs: number
  triggers: TimerTrigger[]
  /** Path under 云开发 HTTP access (package.json `icp.httpAccess`), for functions reached over HTTP. */
  httpAccess?: string
  /** Instances at most (package.json `icp.maxInstances`): 1 for the OCR function, whose models take ~640 MB each. */
  maxInstances: number
}

/** A timer trigger from a function's config.json (WeChat's 7-field cron). */
export interface TimerTrigger {
  functionName: string
  name: string
  cron: string
}

/** Caller identity as WeChat passes it to a function (what getWXContext returns). */
export type WxContext = Record<string, string>

/**
 * Runs the deployable cloud functions locally: a small pool of worker-thread
 * instances per function (WeChat's one-invocation-per-instance model), with the
 * timeout from the function's config.json. A function that hangs or crashes
 * loses its instance, never the runtime.
 */
export class FunctionHost {
  private readonly specs = new Map<string, FunctionSpec>()
  private readonly pools = new Map<string, Instance[]>()
  private readonly queues = new Map<string, Array<() => void>>()
  private seq = 0

  constructor(
    root: string,
    private readonly workerScript: string,
    private readonly workerEnv: () => Record<string, string>,
    private readonly maxInstances = 4
  ) {
    for (const name of readdirSync(root)) {
      const bundlePath = path.join(root, name, 'index.js')
      if (!existsSync(bundlePath)) continue
      const config = JSON.parse(readFileSync(path.join(root, name, 'config.json'), 'utf8')) as {
        timeout?: number
        triggers?: Array<{ name: string; type: string; config: string }>
      }
      const triggers = (config.triggers ?? []).filter((t) => t.type === 'timer').map((t) => ({ functionName: name, name: t.name, cron: t.config }))
      const pkgPath = path.join(root, name, 'package.json')
      const pkg = existsSync(pkgPath) ? (JSON.parse(readFileSync(pkgPath, 'utf8')) as { icp?: { httpAccess?: string; maxInstances?: number } }) : {}
      this.specs.set(name, { name, bundlePath, timeoutMs: (config.timeout ?? 3) * 1000, triggers, httpAccess: pkg.icp?.httpAccess, maxInstances: pkg.icp?.maxInstances ?? this.maxInstances })
    }
  }

  names(): string[] {
    return [...this.specs.keys()]
  }

  timerTriggers(): TimerTrigger[] {
    return [...this.specs.values()].flatMap((s) => s.triggers)
  }

  /** The HTTP-access path of a function reached over HTTP (the review function), or undefined. */
  httpAccessPath(name: string): string | undefined {
    return this.specs.get(name)?.httpAccess
  }

  has(name: string): boolean {
    return this.specs.has(name)
  }

  async invoke(name: string, event: unknown, wxContext: WxContext): Promise<unknown> {
    const spec = this.specs.get(name)
    if (!spec) throw new FunctionHostError('FUNCTION.NOT_FOUND', `云函数 ${name} 不存在`)
    const instance = await this.acquire(spec)
    const id = ++this.seq
    try {
      return await new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.discard(spec.name, instance)
          reject(new FunctionHostError('FUNCTION.TIMEOUT', `云函数 ${name} 执行超时（${spec.timeoutMs / 1000} 秒）`))
        }, spec.timeoutMs)
        const onMessage = (msg: { id: number; result?: unknown; error?: string }) => {
          if (msg.id !== id) return
          cleanup()
          if (msg.error !== undefined) reject(new FunctionHostError('FUNCTION.CRASHED', msg.error))
          else resolve(msg.result)
        }
        const onExit = () => {
          cleanup()
          this.discard(spec.name, instance)
          reject(new FunctionHostError('FUNCTION.CRASHED', `云函数 ${name} 实例异常退出`))
        }
        const cleanup = () => {
          clearTimeout(timer)
          instance.worker.off('message', onMessage)
          instance.worker.off('exit', onExit)
        }
        instance.worker.on('message', onMessage)
        instance.worker.on('exit', onExit)
        instance.worker.postMessage({ id, event, context: { request_id: `local-${id}`, function_name: name }, wxContext })
      })
    } finally {
      this.release(spec.name, instance)
    }
  }

  /** Start one instance of every function now, so the first call is warm. */
  async warmUp(): Promise<void> {
    await Promise.all(
      [...this.specs.values()].map(async (spec) => this.release(spec.name, await this.acquire(spec)))
    )
  }

  async close(): Promise<void> {
    const all = [...this.pools.values()].flat()
    this.pools.clear()
    await Promise.all(all.map((i) => i.worker.terminate()))
  }

  private async acquire(spec: FunctionSpec): Promise<Instance> {
    const pool = this.pools.get(spec.name) ?? []
    this.pools.set(spec.name, pool)
    const idle = pool.find((i) => !i.busy)
    if (idle) {
      idle.busy = true
      return idle
    }
    if (pool.length < spec.maxInstances) {
      const worker = new Worker(this.workerScript, {
        workerData: { bundlePath: spec.bundlePath, env: this.workerEnv() }
      })
      worker.unref()
      const instance = { worker, busy: true }
      worker.on('error', () => this.discard(spec.name, instance))
      pool.push(instance)
      return instance
    }
    await new Promise<void>((resolve) => {
      const q = this.queues.get(spec.name) ?? []
      q.push(resolve)
      this.queues.set(spec.name, q)
    })
    return this.acquire(spec)
  }

  private release(name: string, instance: Instance): void {
    instance.busy = false
    this.queues.get(name)?.shift()?.()
  }

  private discard(name: string, instance: Instance): void {
    const pool = this.pools.get(name)
    if (pool) this.pools.set(name, pool.filter((i) => i !== instance))
    void instance.worker.terminate()
  }
}
