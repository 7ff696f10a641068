/**
 * The envelope every cloud function answers with (see docs/api.md and
 * ../shared/spec/local-api.md). `code` is stable, dotted and upper case;
 * `message` is for people and always in Simplified Chinese; `field` names the
 * one input at fault, when there is one.
 */
export interface AppError {
  code: string
  message: string
  field?: string
  /** Optional structured detail, e.g. the remedy for a blocking condition. */
  detail?: Record<string, unknown>
}

export type Ok<T> = { ok: true; data: T }
export type Err = { ok: false; error: AppError }
export type Result<T> = Ok<T> | Err

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data })

export const err = (
  code: string,
  message: string,
  field?: string,
  detail?: Record<string, unknown>
): Err => ({
  ok: false,
  error: {
    code,
    message,
    ...(field ? { field } : {}),
    ...(detail ? { detail } : {})
  }
})

/** Thrown inside the cloud side; turned into an `Err` at the function's edge. */
export class AppFailure extends Error {
  constructor(readonly error: AppError) {
    super(`${error.code}: ${error.message}`)
    this.name = 'AppFailure'
  }
}

export const fail = (
  code: string,
  message: string,
  field?: string,
  detail?: Record<string, unknown>
): never => {
  throw new AppFailure(err(code, message, field, detail).error)
}
