import { type Actor, ORDER_TYPE_LABELS, type Order } from '../../types/order'
import { EDITABLE_ORDER_STATUSES, ORDER_STATUS_LABELS, type OrderStatus } from '../../types/order-status'
import { asciiDomain } from '../rules/domain-name'
import type { RuleViolation } from '../rules/violation'
import type { OrderChange, OrderCommand } from './commands'
import { applicantMay } from './access'
import { changeWebsitesViolation, isChange } from './change-rules'
import { diff } from './diff'
import { DEFAULT_POLICY, type LifecyclePolicy } from './policy'
import { precheck } from './precheck'
import { type CommandType, isCancellation, transitionFor } from './transitions'

export type Decision = { ok: true; changes: OrderChange[] } | { ok: false; violation: RuleViolation }

const refuse = (code: string, message: string, detail?: Record<string, unknown>): Decision => ({
  ok: false,
  violation: { code, message, ...(detail ? { detail } : {}) }
})
const accept = (...changes: OrderChange[]): Decision => ({ ok: true, changes })

const EVENT_NAMES: Record<CommandType, string> = {
  Submit: 'SubmittedForReview',
  Withdraw: 'Withdrawn',
  Abandon: 'Abandoned',
  Resubmit: 'Resubmitted',
  Confirm: 'ApplicantConfirmed',
  Approve: 'InitialReviewApproved',
  RequestMaterials: 'MaterialsRequested',
  Reject: 'InitialReviewRejected',
  SubmitToRegulator: 'SubmittedToRegulator',
  CompleteSmsVerification: 'SmsVerificationCompleted',
  ReturnByRegulator: 'ReturnedByRegulator',
  ResubmitToRegulator: 'ResubmittedToRegulator',
  SendBackForModification: 'SentBackForModification',
  RegulatorApprove: 'RegulatorApproved',
  RegulatorReject: 'RegulatorRejected',
  Expire: 'Expired'
}

const SUBJECT_LOCKED_TYPES = ['ADD_SITE_OURS', 'CANCEL_ACCESS', 'CANCEL_SUBJECT', 'CANCEL_WEBSITE', 'CHANGE_WEBSITE']
const WEBSITES_LOCKED_TYPES = ['CLAIM', 'CANCEL_ACCESS', 'CANCEL_SUBJECT', 'CANCEL_WEBSITE', 'CHANGE_SUBJECT']

const label = (s: OrderStatus) => ORDER_STATUS_LABELS[s]

/** Statuses in which reviewers call the applicant (回访, spec §8.2). */
const CALL_STATUSES: readonly OrderStatus[] = ['PENDING_INITIAL_REVIEW', 'RESUBMITTED', 'AWAITING_APPLICANT_CONFIRMATION', 'PENDING_SUBMISSION', 'RETURNED_BY_MIIT']
/** Catalogue code of 电话不通 / 无人接听 (spec §8.4 R18). */
export const UNREACHABLE_REASON = 'R18'

/** Spec §8.2: the first call unanswered, a second one about an hour later unanswered too. */
function callBackRuleMet(order: Order, { unreachableCalls = 2, callRetryMinutes = 60 }: LifecyclePolicy): boolean {
  const since = order.statusSince ?? order.submittedAt ?? order.createdAt
  const missed = (order.calls ?? []).filter((c) => !c.answered && c.at >= since).map((c) => Date.parse(c.at)).sort((a, b) => a - b)
  if (missed.length < unreachableCalls) return false
  return missed[missed.length - 1] - missed[0] >= (unreachableCalls - 1) * callRetryMinutes * 60_000
}

const includesDomain = (websites: Order['websites'], ascii: string) => websites.some((w) => (w.domains ?? []).some((d) => asciiDomain(d) === ascii))

/** A transition of §7.2: status, actor and the row's own guard. */
function move(order: Order, actor: Actor, command: CommandType, extra: Partial<OrderChange> = {}): Decision {
  const t = transitionFor(command)
  if (!t.actors.includes(actor.kind)) return refuse('ORDER.FORBIDDEN', '您无权执行该操作')
  if (!t.from.includes(order.status))
    return refuse('ORDER.TRANSITION_NOT_ALLOWED', `订单当前状态为“${label(order.status)}”，不能执行该操作`, { status: order.status, command })
  return accept({ type: EVENT_NAMES[command], to: t.to(order), patch: {}, ...extra })
}

function editable(order: Order, actor: Actor): RuleViolation | null {
  if (actor.kind !== 'applicant') return { code: 'ORDER.FORBIDDEN', message: '只有申请人可以修改备案信息' }
  if (!EDITABLE_ORDER_STATUSES.includes(order.status))
    return {
      code: 'ORDER.NOT_EDITABLE',
      message:
        order.status === 'SMS_VERIFICATION' || order.status === 'REGULATOR_REVIEW'
          ? '订单已提交管局，不支持修改'
          : `订单当前状态为“${label(order.status)}”，不能修改；如需修改请先撤销备案`
    }
  return null
}

/**
 * The order state machine (decider): given the order (or null before it
 * exists), a command and the time, the changes to apply — or why not. Pure:
 * no clock, no database; `now` and the policy are passed in.
 */
export function decide(order: Order | null, cmd: OrderCommand, now: Date, policy: LifecyclePolicy = DEFAULT_POLICY): Decision {
  const at = now.toISOString()
  if (cmd.type === 'Create') {
    if (order) return refuse('ORDER.EXISTS', '订单已存在')
    const o = cmd.order
    // 被动取消接入 (seed ch. 6): only a supervisor, only 取消接入, always with the reason; it needs neither 初审 nor the applicant's confirmation.
    const passive = o.initiatedBy === 'PROVIDER'
    if (passive) {
      if (cmd.actor.kind !== 'reviewer' || cmd.actor.role !== 'supervisor' || o.type !== 'CANCEL_ACCESS') return refuse('ORDER.FORBIDDEN', '只有审核主管可以办理被动取消接入')
      if (!o.requestReason?.trim()) return refuse('ORDER.REASON_REQUIRED', '请填写被动取消接入的原因')
    } else if (cmd.actor.kind !== 'applicant' || cmd.actor.openid !== o.ownerOpenid) return refuse('ORDER.FORBIDDEN', '您无权执行该操作')
    return accept({
      type: passive ? 'PassiveCancellationStarted' : 'OrderCreated',
      to: passive ? 'PENDING_SUBMISSION' : 'DRAFT',
      data: { id: o._id },
      ...(passive ? { reason: o.requestReason } : {}),
      patch: {
        type: o.type,
        ownerOpenid: o.ownerOpenid,
        certificateKey: o.identity.certificateNumber,
        identity: o.identity,
        product: o.product,
        subject: o.subject ?? {},
        websites: o.websites ?? [],
        materials: [],
        verification: null,
        agreementsAcceptedAt: null,
        feedback: null,
        filingNumbers: null,
        ...(o.target ? { target: o.target } : {}),
        ...(o.original ? { original: o.original } : {}),
        ...(o.requestReason ? { requestReason: o.requestReason } : {}),
        ...(o.filedRecord ? { filedRecord: o.filedRecord } : {}),
        createdAt: at,
        submittedAt: null,
        ...(passive ? { initiatedBy: 'PROVIDER' as const, submittedAt: at } : {})
      }
    })
  }
  if (!order) return refuse('ORDER.NOT_FOUND', '订单不存在')
  // Applicants only ever see their own orders (or ones handed to them): someone else's looks absent.
  if (cmd.actor.kind === 'applicant' && !applicantMay(order, cmd.actor.openid, cmd.type)) return refuse('ORDER.NOT_FOUND', '订单不存在')

  // Who may issue it and from which status come first: a later guard never
  // tells an unauthorised caller more than "not allowed".
  if (cmd.type in EVENT_NAMES) {
    const allowed = move(order, cmd.actor, cmd.type as CommandType)
    if (!allowed.ok) return allowed
  }

  switch (cmd.type) {
    case 'SaveSubject': {
      const blocked = editable(order, cmd.actor)
      if (blocked) return { ok: false, violation: blocked }
      if (SUBJECT_LOCKED_TYPES.includes(order.type))
        return refuse('ORDER.FIELD_FROZEN', '本次备案沿用已备案的主体信息，不能修改；如需修改请办理变更备案')
      return accept({ type: 'SubjectSaved', to: order.status, patch: { subject: cmd.subject }, changes: diff(order.subject, cmd.subject, 'subject') })
    }
    case 'SaveWebsites': {
      const blocked = editable(order, cmd.actor)
      if (blocked) return { ok: false, violation: blocked }
      if (WEBSITES_LOCKED_TYPES.includes(order.type)) return refuse('ORDER.FIELD_FROZEN', '本次备案不涉及网站信息')
      const ids = cmd.websites.map((w) => w.id)
      if (new Set(ids).size !== ids.length) return refuse('ORDER.DUPLICATE_WEBSITE', '网站编号重复')
      if (isChange(order.type) && order.original) {
        const violation = changeWebsitesViolation(order.original.websites, cmd.websites)
        if (violation) return { ok: false, violation }
        return accept({ type: 'WebsitesSaved', to: order.status, patch: { websites: cmd.websites }, changes: diff(order.websites, cmd.websites, 'websites') })
      }
      const verified = order.identity.domain.ascii
      if (includesDomain(order.websites, verified) && !includesDomain(cmd.websites, verified))
        return refuse(
          'ORDER.FIELD_FROZEN',
          `域名 ${order.identity.domain.unicode} 是验证备案类型时确定的，不能删除或修改；如需更换域名，请放弃本订单后重新验证备案类型`,
          { field: 'websites' }
        )
      return accept({ type: 'WebsitesSaved', to: order.status, patch: { websites: cmd.websites }, changes: diff(order.websites, cmd.websites, 'websites') })
    }
    case 'SaveMaterials': {
      const blocked = editable(order, cmd.actor)
      if (blocked) return { ok: false, violation: blocked }
      return accept({
        type: 'MaterialsSaved',
        to: order.status,
        patch: { materials: cmd.materials },
        changes: diff(
          Object.fromEntries(order.materials.map((m) => [`${m.kind}${m.websiteId ? `@${m.websiteId}` : ''}`, m.fileID])),
          Object.fromEntries(cmd.materials.map((m) => [`${m.kind}${m.websiteId ? `@${m.websiteId}` : ''}`, m.fileID])),
          'materials'
        )
      })
    }
    case 'RecordVerification': {
      const blocked = editable(order, cmd.actor)
      if (blocked) return { ok: false, violation: blocked }
      return accept({ type: 'VerificationRecorded', to: order.status, patch: { verification: cmd.verification }, data: { status: cmd.verification.status } })
    }
    case 'Submit': {
      if (!cmd.agreementsAccepted)
        return refuse('ORDER.AGREEMENTS_REQUIRED', '请阅读并同意《信息安全承诺书》《协助修改备案在线服务条款》《互联网信息服务备案承诺书》')
      const problems = order.status === 'DRAFT' ? precheck(order, now, cmd.facts) : []
      if (problems.length) return refuse('ORDER.INCOMPLETE', `还有 ${problems.length} 项需要完善后才能提交`, { problems })
      return move(order, cmd.actor, 'Submit', { patch: { submittedAt: at, agreementsAcceptedAt: at, feedback: null } })
    }
    case 'Resubmit': {
      const problems = precheck(order, now, cmd.facts)
      if (problems.length && transitionFor('Resubmit').from.includes(order.status))
        return refuse('ORDER.INCOMPLETE', `还有 ${problems.length} 项需要完善后才能提交`, { problems })
      return move(order, cmd.actor, 'Resubmit', { patch: { submittedAt: at } })
    }
    case 'Withdraw':
      // A cancellation has nothing to edit: it is confirmed or abandoned, never pulled back (§7.4, WeChat cancelApplyIcpFiling).
      if (isCancellation(order.type))
        return refuse('ORDER.TRANSITION_NOT_ALLOWED', `${ORDER_TYPE_LABELS[order.type]}申请不能撤销；提交管局前如不再需要，可以放弃本次申请`)
      if (order.status === 'PENDING_SUBMISSION' && !policy.withdrawAfterInitialApproval)
        return refuse('ORDER.TRANSITION_NOT_ALLOWED', '初审已通过的订单不能撤销，只能放弃备案')
      return move(order, cmd.actor, 'Withdraw', { patch: { submittedAt: null }, reason: cmd.reason })
    case 'Abandon':
      if (order.initiatedBy === 'PROVIDER') return refuse('ORDER.TRANSITION_NOT_ALLOWED', '该取消接入由接入商发起，不能放弃；如有疑问请联系接入商')
      if ((order.status === 'PENDING_INITIAL_REVIEW' || order.status === 'AWAITING_APPLICANT_CONFIRMATION') && !isCancellation(order.type))
        return refuse('ORDER.TRANSITION_NOT_ALLOWED', '订单正在初审，请先撤销备案申请，再放弃')
      return move(order, cmd.actor, 'Abandon', { reason: cmd.reason })
    case 'Confirm':
    case 'SubmitToRegulator':
    case 'CompleteSmsVerification':
    case 'ResubmitToRegulator':
      return move(order, cmd.actor, cmd.type, { reason: cmd.reason })
    case 'Approve':
      return move(order, cmd.actor, 'Approve', { patch: { feedback: null }, ...(cmd.note ? { reason: cmd.note } : {}) })
    case 'RecordCall': {
      if (cmd.actor.kind !== 'reviewer') return refuse('ORDER.FORBIDDEN', '您无权执行该操作')
      if (!CALL_STATUSES.includes(order.status))
        return refuse('ORDER.TRANSITION_NOT_ALLOWED', `订单当前状态为“${label(order.status)}”，无需回访`, { status: order.status })
      const call = { ...cmd.call, at, reviewer: cmd.actor.username }
      return accept({
        type: 'CallRecorded',
        to: order.status,
        patch: { calls: [...(order.calls ?? []), call] },
        data: { field: call.field, phone: call.phone, answered: call.answered },
        ...(call.note ? { reason: call.note } : {})
      })
    }
    case 'RequestMaterials':
    case 'Reject':
    case 'SendBackForModification':
    case 'RegulatorReject':
    case 'ReturnByRegulator': {
      if (!cmd.reasons.length || cmd.reasons.some((r) => !r.message?.trim())) return refuse('ORDER.REASON_REQUIRED', '请填写原因')
      if (cmd.type === 'Reject' && cmd.reasons.some((r) => r.code === UNREACHABLE_REASON) && !callBackRuleMet(order, policy))
        return refuse(
          'ORDER.CALL_BACK_REQUIRED',
          `以“电话不通”驳回前，须至少 ${policy.unreachableCalls ?? 2} 次回访未接通，且间隔不少于 ${policy.callRetryMinutes ?? 60} 分钟`,
          { field: 'calls' }
        )
      const decision = { RequestMaterials: 'NEEDS_MATERIALS', Reject: 'REJECTED', SendBackForModification: 'REJECTED', RegulatorReject: 'REGULATOR_REJECTED', ReturnByRegulator: 'RETURNED' } as const
      return move(order, cmd.actor, cmd.type, {
        patch: { feedback: { decision: decision[cmd.type], reasons: cmd.reasons, ...(cmd.note ? { note: cmd.note } : {}), at } },
        reason: [...cmd.reasons.map((r) => r.message), cmd.note].filter(Boolean).join('；')
      })
    }
    case 'RegulatorApprove': {
      const missing = order.websites.filter((w) => !cmd.filingNumbers.websites[w.id])
      // Only new websites and changed ones carry numbers; 认领, 取消接入 and 注销 issue none.
      const numbered = order.type !== 'CLAIM' && !isCancellation(order.type)
      if (!cmd.filingNumbers.subject || (numbered && missing.length)) return refuse('ORDER.FILING_NUMBER_REQUIRED', '请填写主体备案号和每个网站的备案号')
      return move(order, cmd.actor, 'RegulatorApprove', { patch: { filingNumbers: cmd.filingNumbers }, data: { filingNumbers: cmd.filingNumbers } })
    }
    case 'GrantAccess': {
      if (cmd.actor.kind !== 'system') return refuse('ORDER.FORBIDDEN', '您无权执行该操作')
      if (!EDITABLE_ORDER_STATUSES.includes(order.status)) return refuse('HANDOFF.ORDER_NOT_EDITABLE', `订单当前状态为“${label(order.status)}”，无需在手机上继续办理`)
      if (cmd.delegate.openid === order.ownerOpenid) return accept()
      const delegates = [...(order.delegates ?? []).filter((d) => d.openid !== cmd.delegate.openid), cmd.delegate]
      return accept({ type: 'AccessGranted', to: order.status, patch: { delegates }, data: { scope: cmd.delegate.scope, handoffId: cmd.handoffId } })
    }
    case 'Expire': {
      const idleMs = now.getTime() - Date.parse(order.lastProgressAt)
      if (idleMs < policy.idleDaysToExpire * 24 * 3600 * 1000) return refuse('ORDER.NOT_EXPIRED', '订单尚未过期')
      return move(order, cmd.actor, 'Expire', { reason: `${policy.idleDaysToExpire} 天未推进，订单已过期` })
    }
  }
}
