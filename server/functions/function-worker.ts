/**
 * One instance of a cloud function, as WeChat cloud runs it: a worker thread
 * that loads the deployable bundle (cloudfunctions/<name>/index.js) and serves
 * one invocation at a time. Before each call it sets the WX_* environment that
 * `cloud.getWXContext()` reads, exactly as the platform does per invocation.
 */
import { parentPort, workerData } from 'node:worker_threads'

interface Invocation {
  id: number
  event: unknown
  context: Record<string, unknown>
  wxContext: Record<string, string>
}

const { bundlePath, env } = workerData as { bundlePath: string; env: Record<string, string> }
Object.assign(process.env, env)
// eslint-disable-next-line @typescript-eslint/no-var-requires
const fn = require(bundlePath) as { main: (event: unknown, context: unknown) => Promise<unknown> }

parentPort!.on('message', async (msg: Invocation) => {
  const keys = Object.keys(msg.wxContext).map((k) => `WX_${k}`)
  process.env.WX_CONTEXT_KEYS = keys.join(',')
  for (const [k, v] of Object.entries(msg.wxContext)) process.env[`WX_${k}`] = v
  try {
    const result = await fn.main(msg.event, msg.context)
    parentPort!.postMessage({ id: msg.id, result })
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: String((e as Error)?.message ?? e) })
  } finally {
    for (const k of keys) delete process.env[k]
    delete process.env.WX_CONTEXT_KEYS
  }
})
