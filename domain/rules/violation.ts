import type { AppError } from '../../types/result'

/** A broken rule: same shape as the API error so it can travel unchanged. */
export type RuleViolation = AppError

export type Checked<T> = { ok: true; value: T } | { ok: false; violation: RuleViolation }

export const passed = <T>(value: T): Checked<T> => ({ ok: true, value })

export const violated = (code: string, message: string, field?: string): Checked<never> => ({
  ok: false,
  violation: { code, message, ...(field ? { field } : {}) }
})
