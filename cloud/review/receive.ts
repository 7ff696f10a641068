import { AppFailure } from '../../types/result'
import type { Caller } from '../kernel/caller'
import { currentCaller } from '../kernel/caller'
import { bearerToken, httpAccessPayload, isHttpAccessEvent } from '../kernel/http-access'
import { database } from '../kernel/wx'
import { reviewerForToken } from '../auth/reviewer-sessions'

/**
 * How the review function learns who calls. Reviewers reach it over HTTP
 * access (the admin page; locally the runtime forwards the same request):
 * their bearer token is checked here against `sessions` and `reviewers`.
 * A direct invocation (wx.cloud.callFunction from the mini-program) carries
 * an applicant's OPENID and is refused: applicants never open review actions.
 */
export async function receiveReviewRequest(raw: unknown, now: Date): Promise<{ event: unknown; caller: Caller }> {
  if (!isHttpAccessEvent(raw)) {
    if (currentCaller().kind === 'applicant') throw new AppFailure({ code: 'AUTH.FORBIDDEN', message: '申请人账号不能使用备案审核功能' })
    return { event: raw, caller: { kind: 'anonymous' } }
  }
  const event = httpAccessPayload(raw)
  const token = bearerToken(raw)
  if (!token) return { event, caller: { kind: 'anonymous' } }
  const who = await reviewerForToken(database(), token, now)
  return { event, caller: { kind: 'reviewer', ...who, token } }
}
