import type { z } from 'zod'
import { AppFailure, type Result, err, ok } from '../../types/result'
import { type Caller, currentCaller } from './caller'
import { toAppError } from './validation'

export interface ActionContext {
  caller: Caller
  /** The invocation's clock reading; domain code never reads the clock itself. */
  now: Date
  requestId: string
}

export interface ActionDefinition<S extends z.ZodType, R> {
  /** One line for docs/api.md. */
  summary: string
  /** Error codes this action can answer with (besides the generic ones), for docs/api.md. */
  errors?: Record<string, string>
  input: S
  /** Who may call: anonymous callers are refused unless this says so. */
  allowAnonymous?: boolean
  run(input: z.output<S>, ctx: ActionContext): Promise<R>
}

export const action = <S extends z.ZodType, R>(def: ActionDefinition<S, R>) => def

/** The calling applicant's openid, or 请先登录 for anyone else (reviewers, anonymous callers). */
export function applicantOpenid(ctx: ActionContext): string {
  if (ctx.caller.kind !== 'applicant') throw new AppFailure({ code: 'AUTH.REQUIRED', message: '请先登录' })
  return ctx.caller.openid
}

type AnyAction = ActionDefinition<z.ZodType, unknown>

export interface FunctionOptions {
  /**
   * Turns the raw event into the action's event and the caller. Default: the
   * event as is, the caller from getWXContext(). The review function uses it
   * to read HTTP-access requests and check the reviewer's bearer token.
   */
  receive?: (event: unknown, now: Date) => Promise<{ event: unknown; caller: Caller }>
}

/** Mask long digit runs (ID and phone numbers) before anything reaches a log. */
export const maskForLog = (text: string): string =>
  text.replace(/\d{6,}[\dXx]?/g, (m) => `${m.slice(0, 3)}****${m.slice(-2)}`)

/**
 * Builds a cloud function's `main(event, context)`: dispatch on `event.action`,
 * validate the event with the action's zod schema, run it, and always answer
 * `{ ok: true, data }` or `{ ok: false, error }` — never a stack trace.
 */
export function defineFunction(name: string, actions: Record<string, AnyAction>, options: FunctionOptions = {}) {
  return async function main(rawEvent: unknown, context?: { request_id?: string }): Promise<Result<unknown>> {
    const requestId = context?.request_id ?? `${Date.now().toString(36)}`
    const now = new Date()
    try {
      let event = rawEvent
      let caller: Caller | null = null
      if (options.receive) ({ event, caller } = await options.receive(rawEvent, now))
      if (!event || typeof event !== 'object' || Array.isArray(event))
        return err('REQUEST.INVALID', '请求格式不正确：应为 JSON 对象')
      const actionName = (event as { action?: unknown }).action
      if (typeof actionName !== 'string' || !actionName)
        return err('REQUEST.ACTION_MISSING', '请求缺少 action 字段', 'action')
      const def = Object.prototype.hasOwnProperty.call(actions, actionName) ? actions[actionName] : undefined
      if (!def) return err('REQUEST.UNKNOWN_ACTION', `云函数 ${name} 不支持操作 ${actionName}`, 'action')
      caller ??= currentCaller()
      if (caller.kind === 'anonymous' && !def.allowAnonymous) return err('AUTH.REQUIRED', '请先登录')
      const { action: _drop, ...payload } = event as Record<string, unknown>
      const parsed = def.input.safeParse(payload)
      if (!parsed.success) return { ok: false, error: toAppError(parsed.error, payload) }
      return ok(await def.run(parsed.data, { caller, now, requestId }))
    } catch (e) {
      if (e instanceof AppFailure) return { ok: false, error: e.error }
      console.error(`[${name}] ${requestId} internal error: ${maskForLog(String((e as Error)?.message ?? e))}`)
      return err('INTERNAL.ERROR', `系统繁忙，请稍后重试（请求编号 ${requestId}）`)
    }
  }
}
