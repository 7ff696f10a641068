/** Canonical order statuses (spec §7.1). */
export const ORDER_STATUSES = [
  'DRAFT',
  'PENDING_INITIAL_REVIEW',
  'NEEDS_MATERIALS',
  'RESUBMITTED',
  'INITIAL_REJECTED',
  'AWAITING_APPLICANT_CONFIRMATION',
  'PENDING_SUBMISSION',
  'SMS_VERIFICATION',
  'RETURNED_BY_MIIT',
  'REGULATOR_REVIEW',
  'REGULATOR_REJECTED',
  'APPROVED',
  'ABANDONED',
  'EXPIRED'
] as const

export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** Statuses after which an order no longer blocks new ones. */
export const FINISHED_ORDER_STATUSES: readonly OrderStatus[] = ['APPROVED', 'ABANDONED', 'EXPIRED']

/** What the applicant and reviewers read for each status (provider labels, spec §7.1). */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  DRAFT: '待完善备案信息',
  PENDING_INITIAL_REVIEW: '等待初审',
  NEEDS_MATERIALS: '待完善资料',
  RESUBMITTED: '已修改待审核',
  INITIAL_REJECTED: '初审驳回',
  AWAITING_APPLICANT_CONFIRMATION: '待申请人确认',
  PENDING_SUBMISSION: '待提交管局',
  SMS_VERIFICATION: '短信核验中',
  RETURNED_BY_MIIT: '已被管局退回',
  REGULATOR_REVIEW: '待管局审核',
  REGULATOR_REJECTED: '管局驳回',
  APPROVED: '备案成功',
  ABANDONED: '已放弃',
  EXPIRED: '已过期'
}

/** Statuses in which the applicant edits the order directly (spec §7.3). */
export const EDITABLE_ORDER_STATUSES: readonly OrderStatus[] = ['DRAFT', 'NEEDS_MATERIALS', 'INITIAL_REJECTED', 'REGULATOR_REJECTED']

/** 备案成功 is the wrong word for a finished change, cancellation or claim. */
const DONE_LABELS: Record<string, string> = {
  CHANGE_SUBJECT: '变更成功',
  CHANGE_WEBSITE: '变更成功',
  CHANGE_BOTH: '变更成功',
  CANCEL_ACCESS: '已取消接入',
  CANCEL_WEBSITE: '注销成功',
  CANCEL_SUBJECT: '注销成功',
  CLAIM: '认领成功'
}

/** The status as the applicant and the reviewer read it, for this kind of order. */
export const statusLabelOf = (type: string, status: OrderStatus): string => (status === 'APPROVED' && DONE_LABELS[type]) || ORDER_STATUS_LABELS[status]
