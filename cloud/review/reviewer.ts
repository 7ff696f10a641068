import type { Actor } from '../../types/order'
import { AppFailure } from '../../types/result'
import type { ActionContext } from '../kernel/define-function'
import type { ReviewerIdentity } from '../auth/reviewer-sessions'

/** The reviewer calling, or a refusal: every review action is authorised here, server-side. */
export function reviewerOf(ctx: ActionContext, role?: 'supervisor'): ReviewerIdentity {
  const c = ctx.caller
  if (c.kind === 'anonymous') throw new AppFailure({ code: 'AUTH.REQUIRED', message: '请先登录' })
  if (c.kind !== 'reviewer') throw new AppFailure({ code: 'AUTH.FORBIDDEN', message: '申请人账号不能使用备案审核功能' })
  if (role === 'supervisor' && c.role !== 'supervisor') throw new AppFailure({ code: 'AUTH.FORBIDDEN', message: '只有审核主管可以执行该操作' })
  return { username: c.username, role: c.role }
}

export const reviewerActor = (who: ReviewerIdentity): Actor => ({ kind: 'reviewer', username: who.username, role: who.role })

/** Whether the sandbox regulator runs here (local runtime); never in production. */
export const sandboxRegulator = () => process.env.ICP_SANDBOX_REGULATOR === '1'
