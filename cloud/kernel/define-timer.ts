import { type Result, err, ok } from '../../types/result'
import { maskForLog } from './define-function'
import { wxCloud } from './wx'

export interface TimerContext {
  now: Date
  requestId: string
}

/**
 * Builds `main` for a timer-triggered cloud function. Mini-program users can
 * call any cloud function by name, so a call that carries a user (OPENID) or
 * is not a timer event is refused.
 */
export function defineTimerFunction(name: string, run: (ctx: TimerContext) => Promise<unknown>) {
  return async function main(event: unknown, context?: { request_id?: string }): Promise<Result<unknown>> {
    const requestId = context?.request_id ?? Date.now().toString(36)
    const { OPENID } = wxCloud().getWXContext() as { OPENID?: string }
    if (OPENID || !event || typeof event !== 'object' || (event as { Type?: unknown }).Type !== 'Timer')
      return err('AUTH.FORBIDDEN', '该云函数只能由定时触发器调用')
    try {
      return ok(await run({ now: new Date(), requestId }))
    } catch (e) {
      console.error(`[${name}] ${requestId} timer failed: ${maskForLog(String((e as Error)?.message ?? e))}`)
      return err('INTERNAL.ERROR', '定时任务执行失败')
    }
  }
}
