import type { Actor, Order, OrderType } from '../../types/order'
import type { OrderStatus } from '../../types/order-status'

/**
 * Every status change an order can make (spec §7.2), as data: the command, the
 * statuses it applies in, who may issue it, and where it leads. `decide` only
 * ever moves an order along a row of this table.
 */
export type CommandType =
  | 'Submit'
  | 'Withdraw'
  | 'Abandon'
  | 'Resubmit'
  | 'Confirm'
  | 'Approve'
  | 'RequestMaterials'
  | 'Reject'
  | 'SubmitToRegulator'
  | 'CompleteSmsVerification'
  | 'ReturnByRegulator'
  | 'ResubmitToRegulator'
  | 'SendBackForModification'
  | 'RegulatorApprove'
  | 'RegulatorReject'
  | 'Expire'

export interface Transition {
  /** Row number(s) of spec §7.2. */
  rule: string
  command: CommandType
  from: readonly OrderStatus[]
  actors: ReadonlyArray<Actor['kind']>
  /** Possible targets; `to(order)` picks one. */
  targets: readonly OrderStatus[]
  to: (order: Order) => OrderStatus
}

/** Order types that end with the applicant's confirmation instead of going straight to the 管局. */
export const CONFIRMATION_TYPES: readonly OrderType[] = ['CANCEL_ACCESS', 'CANCEL_SUBJECT', 'CANCEL_WEBSITE']
/** 取消接入 / 注销: no editing, the applicant's confirmation after 初审, never withdrawn (§2.5–2.7, §7.4). */
export const isCancellation = (type: OrderType) => CONFIRMATION_TYPES.includes(type)

/** Order types without MIIT SMS verification (Table 12-1). */
export const NO_SMS_TYPES: readonly OrderType[] = ['CANCEL_ACCESS']

const fixed = (status: OrderStatus) => ({ targets: [status], to: () => status })

export const TRANSITIONS: readonly Transition[] = [
  { rule: '2', command: 'Submit', from: ['DRAFT'], actors: ['applicant'], ...fixed('PENDING_INITIAL_REVIEW') },
  // 取消接入 / 注销 may also be abandoned while waiting for 初审 or the applicant's confirmation (they cannot be withdrawn; §7.4).
  { rule: '3, 9, 12', command: 'Abandon', from: ['DRAFT', 'NEEDS_MATERIALS', 'INITIAL_REJECTED', 'REGULATOR_REJECTED', 'PENDING_SUBMISSION', 'PENDING_INITIAL_REVIEW', 'AWAITING_APPLICANT_CONFIRMATION'], actors: ['applicant'], ...fixed('ABANDONED') },
  { rule: '4, 11', command: 'Withdraw', from: ['PENDING_INITIAL_REVIEW', 'RESUBMITTED', 'PENDING_SUBMISSION'], actors: ['applicant'], ...fixed('DRAFT') },
  {
    rule: '8, 22',
    command: 'Resubmit',
    from: ['NEEDS_MATERIALS', 'INITIAL_REJECTED', 'REGULATOR_REJECTED'],
    actors: ['applicant'],
    targets: ['RESUBMITTED', 'PENDING_INITIAL_REVIEW'],
    to: (o) => (o.status === 'REGULATOR_REJECTED' ? 'PENDING_INITIAL_REVIEW' : 'RESUBMITTED')
  },
  {
    rule: '5',
    command: 'Approve',
    from: ['PENDING_INITIAL_REVIEW', 'RESUBMITTED'],
    actors: ['reviewer'],
    targets: ['PENDING_SUBMISSION', 'AWAITING_APPLICANT_CONFIRMATION', 'APPROVED'],
    // 认领备案 has no MIIT step: the provider's approval completes it.
    to: (o) => (o.type === 'CLAIM' ? 'APPROVED' : CONFIRMATION_TYPES.includes(o.type) ? 'AWAITING_APPLICANT_CONFIRMATION' : 'PENDING_SUBMISSION')
  },
  { rule: '6', command: 'RequestMaterials', from: ['PENDING_INITIAL_REVIEW', 'RESUBMITTED'], actors: ['reviewer'], ...fixed('NEEDS_MATERIALS') },
  { rule: '7', command: 'Reject', from: ['PENDING_INITIAL_REVIEW', 'RESUBMITTED'], actors: ['reviewer'], ...fixed('INITIAL_REJECTED') },
  { rule: '13', command: 'Confirm', from: ['AWAITING_APPLICANT_CONFIRMATION'], actors: ['applicant'], ...fixed('PENDING_SUBMISSION') },
  {
    rule: '14',
    command: 'SubmitToRegulator',
    from: ['PENDING_SUBMISSION'],
    actors: ['reviewer'],
    targets: ['SMS_VERIFICATION', 'REGULATOR_REVIEW'],
    to: (o) => (NO_SMS_TYPES.includes(o.type) ? 'REGULATOR_REVIEW' : 'SMS_VERIFICATION')
  },
  { rule: '15', command: 'CompleteSmsVerification', from: ['SMS_VERIFICATION'], actors: ['regulator', 'reviewer'], ...fixed('REGULATOR_REVIEW') },
  { rule: '16, 17', command: 'ReturnByRegulator', from: ['SMS_VERIFICATION'], actors: ['regulator', 'system', 'reviewer'], ...fixed('RETURNED_BY_MIIT') },
  { rule: '18', command: 'ResubmitToRegulator', from: ['RETURNED_BY_MIIT'], actors: ['reviewer'], ...fixed('SMS_VERIFICATION') },
  { rule: '19', command: 'SendBackForModification', from: ['RETURNED_BY_MIIT'], actors: ['reviewer'], ...fixed('INITIAL_REJECTED') },
  { rule: '20', command: 'RegulatorApprove', from: ['REGULATOR_REVIEW'], actors: ['regulator', 'reviewer'], ...fixed('APPROVED') },
  { rule: '21', command: 'RegulatorReject', from: ['REGULATOR_REVIEW'], actors: ['regulator', 'reviewer'], ...fixed('REGULATOR_REJECTED') },
  { rule: '10', command: 'Expire', from: ['DRAFT', 'NEEDS_MATERIALS', 'INITIAL_REJECTED', 'REGULATOR_REJECTED'], actors: ['system'], ...fixed('EXPIRED') }
]

export const transitionFor = (command: CommandType) => TRANSITIONS.find((t) => t.command === command)!
