import { ORDER_TYPE_LABELS, type OrderType } from '../../types/order'
import { ORDER_STATUS_LABELS, type OrderStatus } from '../../types/order-status'
import type { RuleViolation } from '../rules/violation'

/**
 * Whether an operation on an existing filing (变更, 取消接入, 注销, 转移) may
 * start (spec §2.4–2.9, §3.6). Pure: the cloud layer gathers the facts.
 */
export type FilingOperation = Extract<OrderType, 'CHANGE_SUBJECT' | 'CHANGE_WEBSITE' | 'CHANGE_BOTH' | 'CANCEL_ACCESS' | 'CANCEL_WEBSITE' | 'CANCEL_SUBJECT'>

export const WEBSITE_OPERATIONS: readonly FilingOperation[] = ['CHANGE_WEBSITE', 'CHANGE_BOTH', 'CANCEL_ACCESS', 'CANCEL_WEBSITE']

export interface OpenOrderFact {
  type: OrderType
  status: OrderStatus
}

export interface OperationFacts {
  /** An order of this account not yet finished (one open order per account, §3.6). */
  accountOpenOrder: OpenOrderFact | null
  /** Another account's open order for the same certificate. */
  certificateOpenElsewhere: boolean
  subject: { filedWithUs: boolean; ownedByCaller: boolean; pendingAtRegulatorElsewhere: boolean } | null
  /** The websites the operation names, as found under the subject. */
  websites: Array<{ websiteNumber: string; found: boolean; accessedByUs: boolean }>
}

const refuse = (code: string, message: string, field?: string): RuleViolation => ({ code, message, ...(field ? { field } : {}) })

const inProgress = (o: OpenOrderFact, what: string) =>
  refuse(
    'OPERATION.ORDER_IN_PROGRESS',
    `当前账号有正在办理的“${ORDER_TYPE_LABELS[o.type]}”订单（${ORDER_STATUS_LABELS[o.status]}），请先完成或放弃该订单后再办理${what}`
  )

/** Why the operation may not start now, or null. */
export function operationRefusal(op: FilingOperation, facts: OperationFacts): RuleViolation | null {
  const what = `“${ORDER_TYPE_LABELS[op]}”`
  if (!facts.subject || !facts.subject.ownedByCaller) return refuse('OPERATION.NOT_YOUR_FILING', '只能办理本账号“我的备案”中的主体和网站', 'subjectNumber')
  // 变更 ⟂ 新增网站 ⟂ 新增接入, one 注销网站 at a time: all follow from one open order per account and certificate.
  if (facts.accountOpenOrder) return inProgress(facts.accountOpenOrder, what)
  if (facts.certificateOpenElsewhere) return refuse('OPERATION.CERTIFICATE_ORDER_IN_PROGRESS', '该主体的证件有正在办理的订单（可能在其他账号），请先完成或放弃该订单')
  if (facts.subject.pendingAtRegulatorElsewhere) return refuse('OPERATION.PENDING_AT_REGULATOR', '该主体有备案申请正在管局审核（可能在其他接入商），请审核结束后再办理')
  if (op === 'CANCEL_SUBJECT' && !facts.subject.filedWithUs)
    return refuse('OPERATION.SUBJECT_NOT_FILED_WITH_US', '只有在本接入商备案过的主体才能申请注销主体；请联系原接入商或省通信管理局')
  if (WEBSITE_OPERATIONS.includes(op)) {
    if (facts.websites.length === 0) return refuse('OPERATION.WEBSITE_REQUIRED', '请选择要办理的网站', 'websiteNumbers')
    if (op !== 'CHANGE_WEBSITE' && op !== 'CHANGE_BOTH' && facts.websites.length > 1)
      return refuse('OPERATION.ONE_WEBSITE_AT_A_TIME', `${what}一次只能选择一个网站，审核通过后再办理下一个`, 'websiteNumbers')
    const missing = facts.websites.find((w) => !w.found)
    if (missing) return refuse('OPERATION.WEBSITE_NOT_UNDER_SUBJECT', `网站 ${missing.websiteNumber} 不属于该主体`, 'websiteNumbers')
    const elsewhere = facts.websites.find((w) => !w.accessedByUs)
    if (elsewhere) return refuse('OPERATION.WEBSITE_NOT_ACCESSED_BY_US', `网站 ${elsewhere.websiteNumber} 未接入本接入商，请联系其接入商办理`, 'websiteNumbers')
  }
  return null
}

export interface TransferFacts {
  sameAccount: boolean
  sourceOpenOrder: OpenOrderFact | null
  targetOpenOrder: OpenOrderFact | null
  targetHasSubject: boolean
}

/** 转移备案 (spec §2.9): both accounts without an order in progress, the target without a subject. */
export function transferRefusal(f: TransferFacts): RuleViolation | null {
  if (f.sameAccount) return refuse('TRANSFER.SAME_ACCOUNT', '不能转移到同一个账号：请用接收方的微信账号打开并输入转移码')
  if (f.sourceOpenOrder) return refuse('TRANSFER.SOURCE_ORDER_IN_PROGRESS', `转出账号有正在办理的“${ORDER_TYPE_LABELS[f.sourceOpenOrder.type]}”订单，完成或放弃后才能转移`)
  if (f.targetOpenOrder) return refuse('TRANSFER.TARGET_ORDER_IN_PROGRESS', `本账号有正在办理的“${ORDER_TYPE_LABELS[f.targetOpenOrder.type]}”订单，完成或放弃后才能接收转移`)
  if (f.targetHasSubject) return refuse('TRANSFER.TARGET_HAS_SUBJECT', '一个账号只能有一个备案主体：本账号已有备案主体，不能接收转移')
  return null
}
