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
