import type { z } from 'zod'
import type { AppError } from '../../types/result'

const valueAt = (input: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input)

/** The first problem zod found in `input`, as the API's error object. */
export function toAppError(error: z.ZodError, input: unknown): AppError {
  const issue = error.issues[0]
  const field = issue.path.length ? issue.path.join('.') : undefined
  const params = (issue as { params?: { code?: string } }).params
  const missing = issue.path.length > 0 && valueAt(input, issue.path) === undefined
  const code = params?.code ?? (missing ? 'VALIDATION.REQUIRED' : 'VALIDATION.INVALID')
  return { code, message: issue.message, ...(field ? { field } : {}) }
}
