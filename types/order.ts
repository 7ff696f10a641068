import type { CertificateType, PersonalCertificateType } from './certificate'
import { FILING_TYPE_LABELS, type FilingType } from './filing-type'
import type { HostNature } from './host-nature'
import type { OrderStatus } from './order-status'

/**
 * Order types: the filing types that type verification determines, plus the
 * operations on existing filings (spec §2, T4–T7).
 */
export type OrderType =
  | FilingType
  | 'CHANGE_SUBJECT'
  | 'CHANGE_WEBSITE'
  | 'CHANGE_BOTH'
  | 'CANCEL_ACCESS'
  | 'CANCEL_SUBJECT'
  | 'CANCEL_WEBSITE'

export const ORDER_TYPE_LABELS: Record<OrderType, string> = {
  ...FILING_TYPE_LABELS,
  CHANGE_SUBJECT: '变更主体',
  CHANGE_WEBSITE: '变更网站',
  CHANGE_BOTH: '变更备案',
  CANCEL_ACCESS: '取消接入',
  CANCEL_SUBJECT: '注销主体',
  CANCEL_WEBSITE: '注销网站'
}

/** Who did something: every change records one. */
export type Actor =
  | { kind: 'applicant'; openid: string }
  | { kind: 'reviewer'; username: string; role: 'reviewer' | 'supervisor' }
  | { kind: 'regulator' }
  | { kind: 'system' }

/** A person responsible for the subject or a website (主体负责人 / 网站负责人). Draft: fields may be missing. */
export interface PrincipalDraft {
  name?: string
  certificateType?: PersonalCertificateType
  certificateNumber?: string
  /** YYYY-MM-DD, or LONG_TERM (长期). */
  certificateValidTo?: string
  /**
   * 港澳居民身份证号码 printed on the back of a 港澳居民来往内地通行证: 浙江's MIIT
   * 短信核验 asks for its last 6 characters instead of the permit's (spec §4.4).
   */
  hkMacaoIdNumber?: string
  mobile?: string
  officePhone?: string
  emergencyPhone?: string
  email?: string
}

/** 主体信息 as the applicant fills it in. */
export interface SubjectDraft {
  /** 主办单位名称 / 姓名 */
  name?: string
  /** 证件住所 */
  certificateAddress?: string
  /** 通信地址 */
  mailingAddress?: string
  /** 投资人或主管单位 (units) */
  investor?: string
  /** 法定代表人 (units) */
  legalRepresentative?: string
  remark?: string
  principal?: PrincipalDraft
}

export interface IpRange {
  start: string
  end: string
}

export interface PreApproval {
  type: string
  number: string
  fileID?: string
}

/** 网站信息 of one website in the order. */
export interface WebsiteDraft {
  /** Stable id of the website within the order (client-chosen). */
  id: string
  /** For changes of a filed website: its 网站备案号. */
  websiteNumber?: string
  name?: string
  domains?: string[]
  homepageUrl?: string
  ipRanges?: IpRange[]
  serviceType?: string
  contentTypes?: string[]
  languages?: string[]
  /** Empty: 以上都不涉及. */
  preApprovals?: PreApproval[]
  /** 网站负责人: the 主体负责人 again, or another person. */
  principal?: 'SAME_AS_SUBJECT' | PrincipalDraft
  remark?: string
}

export interface MaterialRef {
  kind: string
  fileID: string
  /** The website it belongs to, for per-website materials. */
  websiteId?: string
  uploadedAt: string
}

/** 真实性核验 outcome, produced by the verifier, never by the applicant. */
export interface VerificationRecord {
  status: 'PASSED' | 'FAILED'
  fileID: string
  problems: string[]
  checkedAt: string
}

/** 产品验证: the resource the filing uses. */
export interface ProductRecord {
  kind: 'SERVER_IP' | 'AUTH_CODE'
  ip: string
  resourceId: string
}

export interface FieldChange {
  path: string
  before: unknown
  after: unknown
}

/** One entry of an order's history: who, when, from, to, why, what changed. */
export interface OrderEvent {
  /** The order version this event produced. */
  version: number
  type: string
  at: string
  actor: Actor
  from: OrderStatus | null
  to: OrderStatus
  reason?: string
  changes?: FieldChange[]
  data?: Record<string, unknown>
}

/** The identity fixed by type verification: greyed out afterwards (spec §3.1, §7.3). */
export interface OrderIdentity {
  province: string
  hostNature: HostNature
  certificateType: CertificateType
  certificateNumber: string
  domain: { ascii: string; unicode: string }
}

/** What a reviewer asked for or found, shown to the applicant against fields. */
export interface ReviewFeedback {
  decision: 'NEEDS_MATERIALS' | 'REJECTED' | 'REGULATOR_REJECTED' | 'RETURNED'
  reasons: Array<{ code?: string; field?: string; message: string }>
  note?: string
  at: string
}

/** A reviewer's call to a contact of the order (回访, spec §8.2). */
export interface CallAttempt {
  at: string
  reviewer: string
  /** Which contact was called, e.g. `subject.principal.mobile`. */
  field: string
  /** The number, masked (the full one is in the order). */
  phone: string
  answered: boolean
  note?: string
}

/** The filed subject and websites an operation on an existing filing acts on. */
export interface OrderTarget {
  subjectNumber: string
  websiteNumbers: string[]
}

/**
 * 原备案信息: what the registry holds for a subject (and, for 新增接入, the
 * website) filed at another provider. 新增接入 and 新增网站（原备案不在本接入商）
 * must match it (spec §7.3 "Inside a 新增接入 order").
 */
export interface FiledRecord {
  subjectNumber: string
  subjectName?: string
  websites: Array<{ websiteNumber: string; name?: string; domains: string[] }>
}

/** The subject and websites as they are filed (备案库), before a 变更. */
export interface FiledSnapshot {
  subject: SubjectDraft
  websites: WebsiteDraft[]
}

export interface FilingNumbers {
  subject: string
  websites: Record<string, string>
}

/**
 * Someone the owner let act on the order through a single-use QR handoff:
 * CONTINUE — carry on filling it in on another device; VERIFY — only the 真实性核验 step.
 */
export interface OrderDelegate {
  openid: string
  scope: 'CONTINUE' | 'VERIFY'
  grantedAt: string
}

/** A filing order (备案订单) as stored: current state plus its full history. */
export interface Order {
  _id: string
  version: number
  type: OrderType
  status: OrderStatus
  ownerOpenid: string
  /** Normalised certificate number: the key of "one open order per certificate". */
  certificateKey: string
  identity: OrderIdentity
  product: ProductRecord | null
  subject: SubjectDraft
  websites: WebsiteDraft[]
  materials: MaterialRef[]
  verification: VerificationRecord | null
  agreementsAcceptedAt: string | null
  feedback: ReviewFeedback | null
  filingNumbers: FilingNumbers | null
  /** For 变更 / 取消接入 / 注销: the filed subject and websites the order acts on. */
  target?: OrderTarget
  /** For 变更: the subject and websites as filed, to show and check what changed. */
  original?: FiledSnapshot
  /**
   * 取消接入 started by the provider (被动取消: resources expired, violations, the
   * regulator's demand; seed ch. 6) rather than by the applicant.
   */
  initiatedBy?: 'PROVIDER'
  /** For 新增接入 / 新增网站（原备案不在本接入商）: the registry's record the order must match. */
  filedRecord?: FiledRecord
  /** For 取消接入 / 注销: why the applicant asked (取消接入原因 / 注销原因). */
  requestReason?: string
  /** People the owner handed the order to by QR code (absent: none). */
  delegates?: OrderDelegate[]
  createdAt: string
  updatedAt: string
  /** Last time the order moved forward; 45 idle days expire it. */
  lastProgressAt: string
  /** When the order entered its current status (the reviewers' waiting time); absent on orders stored before it existed. */
  statusSince?: string
  /** Reviewers' calls to the contacts (call log). */
  calls?: CallAttempt[]
  submittedAt: string | null
  events: OrderEvent[]
}
