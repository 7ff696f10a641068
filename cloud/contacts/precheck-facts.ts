import type { Order } from '../../types/order'
import { PROVINCES } from '../../types/province'
import type { PrecheckFacts } from '../../domain/order/precheck'
import { normalizeMobile } from '../../domain/rules/contact'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'

// eslint-disable-next-line @typescript-eslint/no-var-requires
const queryMobileArea = require('query-mobile-phone-area') as (mobile: string) => { province: string } | undefined

/** 号码归属地 from an offline segment table (query-mobile-phone-area); null when the segment is unknown. */
export function mobileProvince(mobile: string): string | null {
  const hit = queryMobileArea(mobile)
  if (!hit) return null
  return PROVINCES.find((p) => p.name.startsWith(hit.province))?.code ?? null
}

const principalsOf = (order: Order) => [
  order.subject.principal,
  ...order.websites.map((w) => (w.principal && w.principal !== 'SAME_AS_SUBJECT' ? w.principal : undefined))
].filter((p): p is NonNullable<typeof p> => !!p)

/**
 * Looks up what the pre-check needs beyond the order: the mobiles' home
 * provinces, and principals of other subjects filed with us that share a
 * mobile or a certificate with this order's principals.
 */
export async function gatherPrecheckFacts(db: Database, order: Order): Promise<PrecheckFacts> {
  const principals = principalsOf(order)
  const mobiles = [...new Set(principals.map((p) => (p.mobile ? normalizeMobile(p.mobile) : '')).filter(Boolean))]
  const certs = [...new Set(principals.map((p) => p.certificateNumber?.toUpperCase() ?? '').filter(Boolean))]
  const _ = db.command
  const others = mobiles.length || certs.length
    ? await rows<{ certificateKey: string; subject?: { principal?: { certificateNumber?: string; mobile?: string } } }>(
        db.collection('subjects').where(_.or([{ 'subject.principal.mobile': _.in(mobiles) }, { 'subject.principal.certificateNumber': _.in(certs) }])).limit(50)
      )
    : []
  return {
    mobileProvinces: Object.fromEntries(mobiles.map((m) => [m, mobileProvince(m)])),
    otherSubjectsPrincipals: others.map((o) => ({
      subjectCertificateKey: o.certificateKey,
      certificateNumber: o.subject?.principal?.certificateNumber,
      mobile: o.subject?.principal?.mobile ? normalizeMobile(o.subject.principal.mobile) : undefined
    }))
  }
}
