import { wxCloud } from './wx'

/** Who is calling a cloud function. */
export type Caller =
  | { kind: 'applicant'; openid: string }
  | { kind: 'reviewer'; username: string; role: 'reviewer' | 'supervisor'; token: string }
  | { kind: 'anonymous' }

/**
 * The caller's identity as WeChat gives it: `cloud.getWXContext()` reads the
 * OPENID that the platform (or, locally, the runtime's function host) set for
 * this invocation. Never taken from the event, which the caller controls.
 */
export function currentCaller(): Caller {
  const { OPENID } = wxCloud().getWXContext() as { OPENID?: string }
  return OPENID ? { kind: 'applicant', openid: OPENID } : { kind: 'anonymous' }
}
