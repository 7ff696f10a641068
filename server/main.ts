import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { readConfig } from './config'
import { DocumentStore } from './store/document-store'
import { seedSandbox } from './sandbox/seed'
import { FunctionHost } from './functions/function-host'
import { TimerScheduler } from './functions/timer-scheduler'
import { buildApp } from './http/app'
import { readLiveLock, removeLock, writeLock } from './lock'
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ensureBuilt } = require('../scripts/build-steps.js') as typeof import('../scripts/build-steps')

/** Fails fast, with a clear message, when the port is already in use. */
function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        new Error(
          e.code === 'EADDRINUSE'
            ? `Port ${port} on ${host} is already in use. Stop what is using it, or start on another port: PORT=8081 npm start`
            : `Cannot listen on ${host}:${port}: ${e.message}`
        )
      )
    )
    probe.listen(port, host, () => probe.close(() => resolve()))
  })
}

export async function startRuntime(argv = process.argv.slice(2), env = process.env) {
  const root = path.resolve(__dirname, '..', '..')
  const config = readConfig(argv, env, root)
  mkdirSync(config.dataDir, { recursive: true })
  const holder = readLiveLock(config.dataDir)
  if (holder)
    throw new Error(`Data directory ${config.dataDir} is in use by another runtime (pid ${holder.pid}, port ${holder.port}).`)
  await assertPortFree(config.host, config.port)
  // Claim the data directory before anything opens it (port 0: still starting).
  const operatorSecret = randomBytes(24).toString('hex')
  writeLock(config.dataDir, { pid: process.pid, port: 0, operatorSecret, startedAt: new Date().toISOString() })
  try {
    return await startClaimed(config, root, operatorSecret)
  } catch (e) {
    removeLock(config.dataDir)
    throw e
  }
}

async function startClaimed(config: ReturnType<typeof readConfig>, root: string, operatorSecret: string) {
  if (config.build) await ensureBuilt(root, ['functions', 'admin', 'h5'], (m) => console.log(m))

  const store = new DocumentStore(config.dataDir)
  await store.openAll()
  if (config.sandbox && (await seedSandbox(store))) console.log('Seeded the sandbox regulator (see docs/sandbox.md).')
  const tcbSecret = randomBytes(16).toString('hex')
  // Signs the short-lived file URLs the functions hand out (GET /api/files/<name>?exp=…&sig=…).
  const fileUrlSecret = randomBytes(32).toString('hex')
  const portHolder = { port: config.port }
  const functions = new FunctionHost(
    path.join(root, 'cloudfunctions'),
    path.join(__dirname, 'function-worker.js'),
    () => ({
      ICP_LOCAL_SERVICE_URL: `http://127.0.0.1:${portHolder.port}/__tcb/${tcbSecret}`,
      ICP_LOCAL_ENV: 'local',
      // Where a phone reaches the H5 pages (QR handoff links); set it to a LAN address to scan with a real phone.
      ICP_PUBLIC_URL: process.env.ICP_PUBLIC_URL ?? `http://127.0.0.1:${portHolder.port}`,
      ICP_LOCAL_FILES_DIR: path.join(config.dataDir, 'files'),
      ICP_FILE_URL_SECRET: fileUrlSecret,
      // The sandbox regulator (its console on the admin page) exists only locally.
      ...(config.sandbox ? { ICP_SANDBOX_REGULATOR: '1' } : {}),
      // Tells the CloudBase SDK it runs on Tencent Cloud, so it skips probing the
      // cloud metadata host (a DNS lookup and HTTP request off this machine).
      TENCENTCLOUD: 'true'
    })
  )
  const app = await buildApp({
    store,
    functions,
    dataDir: config.dataDir,
    distDir: path.join(root, 'dist'),
    tcbSecret,
    fileUrlSecret,
    operatorSecret,
    appId: config.appId
  })
  await app.listen({ host: config.host, port: config.port })
  const address = app.server.address() as net.AddressInfo
  portHolder.port = address.port
  writeLock(config.dataDir, { pid: process.pid, port: address.port, operatorSecret, startedAt: new Date().toISOString() })
  await functions.warmUp()
  const timers = new TimerScheduler(functions.timerTriggers(), async (trigger, event) => {
    try {
      const result = (await functions.invoke(trigger.functionName, event, {})) as { ok: boolean; data?: unknown; error?: { message: string } }
      console.log(`[timer] ${trigger.functionName}/${trigger.name}: ${JSON.stringify(result.ok ? result.data : result.error)}`)
    } catch (e) {
      console.error(`[timer] ${trigger.functionName}/${trigger.name} failed: ${(e as Error).message}`)
    }
  })
  timers.start()

  let closing = false
  const close = async () => {
    if (closing) return
    closing = true
    timers.stop()
    await app.close()
    await functions.close()
    await store.close()
    removeLock(config.dataDir)
  }
  return { app, config, port: address.port, close }
}

export function runCli(): void {
  // Signal handlers go in before anything is printed: a tool that sees the
  // "ready" line may press Ctrl-C at once.
  let close: (() => Promise<void>) | null = null
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\nReceived ${signal}, shutting down…`)
    if (!close) process.exit(130) // still starting: nothing to close yet
    close().then(
      () => process.exit(0),
      (e: Error) => {
        console.error(`Shutdown failed: ${e.message}`)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))

  startRuntime()
    .then((runtime) => {
      close = runtime.close
      const { port, config } = runtime
      const base = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`
      console.log('')
      console.log('ICP filing — local cloud runtime is up')
      console.log(`  Mini-program (H5):  ${base}/`)
      console.log(`  Reviewer admin:     ${base}/admin/`)
      console.log(`  Functions API:      ${base}/api/functions/<name>`)
      console.log(`  SMS/e-mail outbox:  ${base}/dev/outbox   (or: npm run outbox)`)
      console.log(`  Sandbox 工信部核验: ${base}/sandbox/miit/verify`)
      console.log('  Sandbox 管局:       the admin page\'s 沙箱管局控制台')
      console.log(`  Data directory:     ${config.dataDir}`)
      console.log('  Create a reviewer:  npm run reviewer -- add <username> --role reviewer')
      console.log('  Press Ctrl-C to stop.')
      // Machine-readable line for tests and tools.
      console.log(JSON.stringify({ event: 'ready', port, url: base }))
    })
    .catch((e: Error) => {
      console.error(`\nCannot start the local runtime: ${e.message}`)
      process.exit(1)
    })
}

if (require.main === module) runCli()
