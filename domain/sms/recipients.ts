import type { Order, OrderType, PrincipalDraft } from '../../types/order'
import { normalizeMobile } from '../rules/contact'
import { miitCertificateLast6 } from '../rules/hk-macao-identity'

/** Whose phone a MIIT code goes to. */
export type SmsRole = 'SUBJECT_PRINCIPAL' | 'WEBSITE_PRINCIPAL'

/** Which principals receive a MIIT 短信核验 code, per order type (spec §7.5, seed table 12-1). */
export const SMS_ROLES_BY_TYPE: Record<OrderType, readonly SmsRole[]> = {
  FIRST_FILING: ['SUBJECT_PRINCIPAL', 'WEBSITE_PRINCIPAL'],
  ADD_ACCESS: ['WEBSITE_PRINCIPAL'],
  // 新增网站: the subject is the filed one (locked or equal to the record), so only 网站负责人 (seed variant, §11).
  ADD_SITE_OURS: ['WEBSITE_PRINCIPAL'],
  ADD_SITE_OTHER: ['WEBSITE_PRINCIPAL'],
  CHANGE_SUBJECT: ['SUBJECT_PRINCIPAL'],
  CHANGE_WEBSITE: ['WEBSITE_PRINCIPAL'],
  CHANGE_BOTH: ['SUBJECT_PRINCIPAL', 'WEBSITE_PRINCIPAL'],
  CANCEL_SUBJECT: ['SUBJECT_PRINCIPAL'],
  CANCEL_WEBSITE: ['WEBSITE_PRINCIPAL'],
  CANCEL_ACCESS: [],
  // 认领备案 never reaches the 管局 (the provider's approval completes it).
  CLAIM: []
}

/** One phone that receives one code, however many roles it has. */
export interface SmsRecipient {
  phone: string
  roles: SmsRole[]
  /** The people behind the phone (usually one), for the message and the verification page. */
  names: string[]
  /** Last 6 characters of each person's certificate number, upper case: what MIIT asks for with the code. */
  certLast6: string[]
  /** Websites whose 网站负责人 uses this phone. */
  websiteIds: string[]
}

/** 网站负责人 of a website: its own person, or the 主体负责人 again. */
export const websitePrincipal = (order: Order, website: Order['websites'][number]): PrincipalDraft | undefined =>
  website.principal === 'SAME_AS_SUBJECT' ? order.subject.principal : website.principal

/**
 * The phones that receive a 工信部短信核验 code for an order (table 12-1):
 * deduplicated by phone number — two roles (or two websites) sharing one
 * number get one code. Emergency and office phones never receive codes.
 * Principals without a mobile are left out (the pre-check requires one).
 */
export function smsRecipients(order: Order): SmsRecipient[] {
  const roles = SMS_ROLES_BY_TYPE[order.type]
  const byPhone = new Map<string, SmsRecipient>()
  const add = (person: PrincipalDraft | undefined, role: SmsRole, websiteId?: string) => {
    if (!person?.mobile) return
    const phone = normalizeMobile(person.mobile)
    const r = byPhone.get(phone) ?? { phone, roles: [], names: [], certLast6: [], websiteIds: [] }
    if (!r.roles.includes(role)) r.roles.push(role)
    if (person.name && !r.names.includes(person.name)) r.names.push(person.name)
    const last6 = person.certificateNumber ? miitCertificateLast6(person, order.identity.province) : ''
    if (last6 && !r.certLast6.includes(last6)) r.certLast6.push(last6)
    if (websiteId && !r.websiteIds.includes(websiteId)) r.websiteIds.push(websiteId)
    byPhone.set(phone, r)
  }
  if (roles.includes('SUBJECT_PRINCIPAL')) add(order.subject.principal, 'SUBJECT_PRINCIPAL')
  if (roles.includes('WEBSITE_PRINCIPAL')) for (const w of order.websites) add(websitePrincipal(order, w), 'WEBSITE_PRINCIPAL', w.id)
  return [...byPhone.values()]
}
