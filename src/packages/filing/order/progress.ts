import type { Actor, OrderEvent, OrderType } from '../../../../types/order'
import { isCancellation } from '../../../../domain/order/transitions'
import type { OrderStatus } from '../../../../types/order-status'
import type { StepKey } from '../wizard/steps'

/** What happens next in each status, and how long it usually takes (the seeds' figures). */
export const NEXT_STEP: Record<OrderStatus, string> = {
  DRAFT: '继续填写备案信息，完成后提交初审。订单 45 天未提交将自动失效。',
  PENDING_INITIAL_REVIEW: '备案专员将在 1–2 个工作日内完成初审，期间可能致电负责人核实信息；首次未接通会在约 1 小时后再次致电，请保持电话畅通。',
  RESUBMITTED: '您已修改并重新提交，备案专员将在 1–2 个工作日内重新审核。',
  NEEDS_MATERIALS: '请按审核意见补充或修改后重新提交。',
  INITIAL_REJECTED: '初审未通过：请按驳回原因修改后重新提交，或放弃本次备案。',
  AWAITING_APPLICANT_CONFIRMATION: '初审已通过，请确认提交。',
  PENDING_SUBMISSION: '初审已通过，备案专员将在 1 个工作日内提交管局。提交管局前仍可撤销。',
  SMS_VERIFICATION:
    '管局已受理：工信部（12381）已向主体负责人和网站负责人的手机发送验证码。请在 24 小时内登录工信部备案管理系统，输入手机号码、验证码和证件号码后 6 位完成核验；逾期或连续输错将被退回。',
  RETURNED_BY_MIIT: '短信核验未完成，订单已被退回。备案专员会重新提交管局或与您联系修改。',
  REGULATOR_REVIEW: '已提交管局审核，管局审核时间一般为 3–20 个工作日，结果将以短信和邮件通知您。',
  REGULATOR_REJECTED: '管局未通过审核：请按驳回原因修改后重新提交。',
  APPROVED: '备案成功。请在网站首页底部标注备案号，并链接到 https://beian.miit.gov.cn 。',
  ABANDONED: '本次备案已放弃，已备案的信息不受影响。',
  EXPIRED: '订单长时间未推进已失效，请重新开始备案。'
}

/** What a finished change, cancellation or claim means (备案成功 is for new filings). */
const DONE_TEXT: Record<string, string> = {
  CHANGE_SUBJECT: '变更成功：管局已更新备案信息，备案号不变。',
  CHANGE_WEBSITE: '变更成功：管局已更新网站信息，备案号不变；删除的域名已不再备案。',
  CHANGE_BOTH: '变更成功：管局已更新主体和网站信息，备案号不变。',
  CANCEL_ACCESS: '已取消接入：网站不再接入本接入商，备案号保留；如没有其他接入商，网站将成为空壳网站。',
  CANCEL_WEBSITE: '注销成功：该网站的备案号已作废，域名不能再提供网站服务。',
  CANCEL_SUBJECT: '注销成功：主体及其网站的备案号已作废，不能再提供互联网信息服务。',
  CLAIM: '认领成功：原备案信息已转入“我的备案”，可以继续办理新增网站、变更等业务。'
}

/** A cancellation waiting for the 管局 cannot be withdrawn, and 取消接入 has no 短信核验. */
const CANCELLATION_TO_SUBMIT = '接入商将在 1 个工作日内提交管局。注销、取消接入申请提交后不能撤销。'

/** What happens next for this order (its type matters once it is finished). */
export const nextStepOf = (type: OrderType, status: OrderStatus): string =>
  (status === 'APPROVED' && DONE_TEXT[type]) || (status === 'PENDING_SUBMISSION' && isCancellation(type) && CANCELLATION_TO_SUBMIT) || NEXT_STEP[status]

const WHO: Record<Actor['kind'], string> = { applicant: '您', reviewer: '备案专员', regulator: '管局', system: '系统' }

const EVENT_TEXT: Record<string, string> = {
  OrderCreated: '开始备案，订单已创建',
  PassiveCancellationStarted: '接入商发起取消接入',
  SubmittedForReview: '提交初审',
  Withdrawn: '撤销了备案申请，订单回到可修改状态',
  Abandoned: '放弃了本次备案',
  Resubmitted: '修改后重新提交',
  ApplicantConfirmed: '确认提交',
  InitialReviewApproved: '初审通过',
  MaterialsRequested: '要求补充资料',
  InitialReviewRejected: '初审驳回',
  SubmittedToRegulator: '已提交管局，进入短信核验',
  SmsVerificationCompleted: '短信核验完成，等待管局审核',
  ReturnedByRegulator: '管局退回',
  ResubmittedToRegulator: '重新提交管局',
  SentBackForModification: '退回修改',
  RegulatorApproved: '管局审核通过，备案成功',
  RegulatorRejected: '管局审核驳回',
  Expired: '订单已过期',
  VerificationRecorded: '完成真实性核验'
}

export interface TimelineEntry {
  at: string
  who: string
  text: string
  reason?: string
}

/** The order's history in plain Chinese: what moved it, newest first (draft saves are left out). */
export function timeline(events: readonly OrderEvent[]): TimelineEntry[] {
  return events
    .filter((e) => e.type in EVENT_TEXT)
    .map((e) => ({
      at: e.at,
      who: WHO[e.actor.kind],
      text: e.type === 'VerificationRecorded' && e.data?.status === 'FAILED' ? '真实性核验未通过，需重新拍摄' : EVENT_TEXT[e.type],
      ...(e.reason ? { reason: e.reason } : {})
    }))
    .reverse()
}

/** The wizard step where a reviewer's reason (by its field) is fixed. */
export function stepOfField(field: string | undefined): StepKey {
  if (!field) return 'confirm'
  if (field.startsWith('subject')) return 'subject'
  if (field.startsWith('websites')) return 'websites'
  if (field.startsWith('materials')) return 'materials'
  if (field.startsWith('verification')) return 'verification'
  return 'confirm'
}
