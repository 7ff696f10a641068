import type { PrecheckFacts } from './precheck'
import type { Actor, CallAttempt, FiledRecord, FiledSnapshot, FilingNumbers, MaterialRef, Order, OrderDelegate, OrderIdentity, OrderTarget, OrderType, ProductRecord, SubjectDraft, VerificationRecord, WebsiteDraft } from '../../types/order'

export interface NewOrder {
  _id: string
  type: OrderType
  ownerOpenid: string
  identity: OrderIdentity
  product: ProductRecord | null
  /** Prefilled subject, e.g. copied from the filed subject for 新增网站（原备案在本接入商）. */
  subject?: SubjectDraft
  websites?: WebsiteDraft[]
  /** 变更 / 取消接入 / 注销: the filed subject and websites it acts on. */
  target?: OrderTarget
  /** 变更: the filed data, to compare with. */
  original?: FiledSnapshot
  /** 取消接入 / 注销: the applicant's reason. */
  requestReason?: string
  /** 新增接入 / 新增网站（原备案不在本接入商）: the registry's record to match. */
  filedRecord?: FiledRecord
  /** 被动取消: a supervisor cancels our access on the provider's behalf. */
  initiatedBy?: 'PROVIDER'
}

export interface Reason {
  /** Catalogue code (spec §8.4), when the reason comes from it. */
  code?: string
  /** The field or material concerned, e.g. `subject.principal.mobile`. */
  field?: string
  message: string
}

/** What someone asks of an order. Every command names its actor. */
export type OrderCommand =
  | { type: 'Create'; actor: Actor; order: NewOrder }
  | { type: 'SaveSubject'; actor: Actor; subject: SubjectDraft }
  | { type: 'SaveWebsites'; actor: Actor; websites: WebsiteDraft[] }
  | { type: 'SaveMaterials'; actor: Actor; materials: MaterialRef[] }
  | { type: 'RecordVerification'; actor: Actor; verification: VerificationRecord }
  | { type: 'Submit'; actor: Actor; agreementsAccepted: boolean; facts?: PrecheckFacts }
  | { type: 'Resubmit'; actor: Actor; facts?: PrecheckFacts }
  | { type: 'Withdraw' | 'Confirm' | 'SubmitToRegulator' | 'CompleteSmsVerification' | 'ResubmitToRegulator' | 'Expire'; actor: Actor; reason?: string }
  | { type: 'Abandon'; actor: Actor; reason?: string }
  | { type: 'Approve'; actor: Actor; note?: string }
  | { type: 'RequestMaterials' | 'Reject' | 'SendBackForModification' | 'RegulatorReject' | 'ReturnByRegulator'; actor: Actor; reasons: Reason[]; note?: string }
  | { type: 'RegulatorApprove'; actor: Actor; filingNumbers: FilingNumbers }
  /** A redeemed QR handoff: the cloud layer checked the token; the system records the grant. */
  | { type: 'GrantAccess'; actor: Actor; delegate: OrderDelegate; handoffId: string }
  | { type: 'RecordCall'; actor: Actor; call: Omit<CallAttempt, 'at' | 'reviewer'> }

export type OrderCommandType = OrderCommand['type']

/** What a decision changes: one entry of the order's history-to-be. */
export interface OrderChange {
  type: string
  to: Order['status']
  patch: Partial<Omit<Order, '_id' | 'version' | 'events' | 'status'>>
  reason?: string
  changes?: Order['events'][number]['changes']
  data?: Record<string, unknown>
}
