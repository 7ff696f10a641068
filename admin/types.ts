/** Shapes the review function answers with (see cloud/review). */
export type Role = 'reviewer' | 'supervisor'
export interface Me { username: string; role: Role; sandboxRegulator: boolean }
export type Tab = 'INITIAL' | 'TO_SUBMIT' | 'RETURNED' | 'SMS' | 'REGULATOR'
export interface Row {
  _id: string
  version: number
  type: string
  typeLabel: string
  status: string
  statusLabel: string
  province: string
  provinceName: string
  hostNature: string
  hostNatureLabel: string
  subjectName: string
  principalName: string
  principalMobile: string
  certificate: string
  domain: string
  websites: number
  submittedAt: string | null
  waitingSince: string
  sla: { level: 'OK' | 'NEAR' | 'PAST'; due: string }
  claim: { username: string; expiresAt: number } | null
}
export interface Queue { tab: Tab; tabs: Array<{ tab: Tab; label: string; count: number }>; total: number; page: number; pageSize: number; rows: Row[] }
export interface Reason { code?: string; field?: string; message: string }
export interface Principal { name?: string; certificateType?: string; certificateNumber?: string; hkMacaoIdNumber?: string; certificateValidTo?: string; mobile?: string; officePhone?: string; emergencyPhone?: string; email?: string }
export interface Website { id: string; websiteNumber?: string; name?: string; domains?: string[]; homepageUrl?: string; ipRanges?: Array<{ start: string; end: string }>; serviceType?: string; contentTypes?: string[]; languages?: string[]; preApprovals?: Array<{ type: string; number: string; fileID?: string }>; principal?: 'SAME_AS_SUBJECT' | Principal; remark?: string }
export interface OrderEvent { version: number; type: string; at: string; actor: { kind: string; username?: string; role?: string }; from: string | null; to: string; reason?: string; changes?: Array<{ path: string; before: unknown; after: unknown }>; data?: Record<string, unknown> }
export interface Order {
  _id: string
  version: number
  type: string
  status: string
  identity: { province: string; hostNature: string; certificateType: string; certificateNumber: string; domain: { ascii: string; unicode: string } }
  subject: { name?: string; certificateAddress?: string; mailingAddress?: string; investor?: string; legalRepresentative?: string; remark?: string; principal?: Principal }
  websites: Website[]
  materials: Array<{ kind: string; fileID: string; websiteId?: string; uploadedAt: string }>
  verification: { status: string; fileID: string; problems: string[]; checkedAt: string } | null
  feedback: { decision: string; reasons: Reason[]; note?: string; at: string } | null
  filingNumbers: { subject: string; websites: Record<string, string> } | null
  calls?: Array<{ at: string; reviewer: string; field: string; phone: string; answered: boolean; note?: string }>
  events: OrderEvent[]
  product: { kind: string; ip: string } | null
  target?: { subjectNumber: string; websiteNumbers: string[] }
  requestReason?: string
}
export interface Detail {
  order: Order
  row: Row
  tab: Tab | null
  findings: Array<{ code: string; message: string; step: string; field?: string }>
  changes: Array<{ path: string; label: string; before: string; after: string }>
  provenPhones: string[]
  requiredMaterials: Array<{ kind: string; label: string; reason: string; websiteId?: string }>
  cardChecks: CardCheck[]
  reviewableFields: Array<{ field: string; label: string; section: string }>
  existing: { subject: Record<string, unknown> | null; websites: Array<Record<string, unknown>>; orders: Array<{ _id: string; typeLabel: string; statusLabel: string; createdAt: string; domain: string }> }
  claim: { username: string; expiresAt: number } | null
  recentViews: Array<{ username: string; at: string }>
}
export interface CardCheck {
  materialKind: string
  websiteId?: string
  fileID: string
  card: string
  status: 'READ' | 'NOT_READ'
  engine?: string
  readAt?: string
  rows: Array<{ field: string; label: string; read: string; entered?: string; differs: boolean }>
  differences: number
  problems: Array<{ field: string; code: string; message: string }>
}
export interface CatalogueReason { code: string; reason: string; field?: string }
