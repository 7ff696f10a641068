import type { Order } from '../../types/order'
import { AppFailure } from '../../types/result'
import { changesOf } from '../../domain/order/change-rules'
import { describeChanges } from '../../domain/order/field-labels'
import { provenPhones } from '../sms/phone-codes'
import { precheck } from '../../domain/order/precheck'
import { requiredMaterials } from '../../domain/order/materials'
import { reviewableFields } from '../../domain/review/catalogue'
import { gatherPrecheckFacts } from '../contacts/precheck-facts'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { orderSummary } from '../orders/order-view'
import { OrderRepository } from '../orders/order-repository'
import { ClaimBook } from './claims'
import { cardChecks } from './card-checks'
import { TABS, queueRow, tabOf } from './queue'
import type { ReviewerIdentity } from '../auth/reviewer-sessions'

/**
 * Every view of an order's full personal data (ID and phone numbers) is
 * recorded: who, when, which order (collection `review_audit`).
 */
export async function recordAudit(db: Database, who: ReviewerIdentity, orderId: string, action: string, now: Date, detail?: Record<string, unknown>) {
  await db.collection('review_audit').add({ data: { orderId, username: who.username, role: who.role, action, at: now.toISOString(), ...(detail ? { detail } : {}) } })
}

export async function loadOrder(db: Database, orderId: string): Promise<Order> {
  const order = await new OrderRepository(db).get(orderId)
  if (!order) throw new AppFailure({ code: 'ORDER.NOT_FOUND', message: '订单不存在', field: 'orderId' })
  return order
}

/**
 * The detail page: everything the applicant entered (full values), the rule
 * pre-check's findings, the subject's existing filings and orders, the claim,
 * the call log and the event timeline. The view is recorded.
 */
export async function readDetail(db: Database, orderId: string, who: ReviewerIdentity, now: Date) {
  const order = await loadOrder(db, orderId)
  const key = order.certificateKey
  const [facts, registrySubject, registryWebsites, otherOrders, claim, views, proven, cards] = await Promise.all([
    gatherPrecheckFacts(db, order),
    firstRow<Record<string, unknown>>(db.collection('registry_subjects').where({ certificateKey: key })),
    rows<Record<string, unknown>>(db.collection('registry_websites').where({ subjectCertificateKey: key }).limit(100)),
    rows<Order>(db.collection('orders').where({ certificateKey: key }).orderBy('createdAt', 'desc').limit(20)),
    new ClaimBook(db).get(orderId),
    rows<{ username: string; at: string }>(db.collection('review_audit').where({ orderId, action: 'VIEW_DETAIL' }).orderBy('at', 'desc').limit(20)),
    provenPhones(db, order.ownerOpenid),
    cardChecks(db, order, now)
  ])
  await recordAudit(db, who, orderId, 'VIEW_DETAIL', now)
  const tab = tabOf(order.status)
  const strip = <T extends Record<string, unknown>>(d: T | null) => {
    if (!d) return null
    const { _id: _ignored, ...rest } = d
    return rest
  }
  return {
    order,
    row: queueRow(order, now, tab ? TABS[tab].slaWorkingDays : 2),
    tab,
    findings: precheck(order, now, facts),
    /** 变更: each changed field, before → after. */
    changes: describeChanges(changesOf(order), order.websites),
    /** Mobiles the applicant proved with a code (手机号验证) — shown as 已验证 beside them. */
    provenPhones: proven,
    requiredMaterials: requiredMaterials(order),
    /** Each ID card / licence: what OCR read against what was entered, differences flagged. */
    cardChecks: cards,
    reviewableFields: reviewableFields(order),
    existing: {
      subject: strip(registrySubject),
      websites: registryWebsites.map((w) => strip(w)),
      orders: otherOrders.filter((o) => o._id !== order._id).map(orderSummary)
    },
    claim: claim && claim.expiresAt > now.getTime() ? { username: claim.username, expiresAt: claim.expiresAt } : null,
    recentViews: views.map((v) => ({ username: v.username, at: v.at }))
  }
}
