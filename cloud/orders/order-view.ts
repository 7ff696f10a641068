import { ORDER_TYPE_LABELS, type Order } from '../../types/order'
import { statusLabelOf } from '../../types/order-status'
import { maskCertificate } from '../../domain/masking'
import { requiredMaterials } from '../../domain/order/materials'
import { precheck } from '../../domain/order/precheck'
import { changesOf } from '../../domain/order/change-rules'

export const TYPE_LABELS: Record<string, string> = ORDER_TYPE_LABELS

/** The applicant's full view of their own order, with what is still missing. */
export function orderView(order: Order, now: Date) {
  return {
    ...order,
    typeLabel: TYPE_LABELS[order.type] ?? order.type,
    statusLabel: statusLabelOf(order.type, order.status),
    requiredMaterials: requiredMaterials(order),
    /** 变更: what the order changes against the filed data (both the applicant and the reviewer see it). */
    changes: changesOf(order),
    problems: order.status === 'DRAFT' || order.status === 'NEEDS_MATERIALS' || order.status === 'INITIAL_REJECTED' || order.status === 'REGULATOR_REJECTED' ? precheck(order, now) : []
  }
}

/** A line of a list: identity numbers masked. */
export function orderSummary(order: Order) {
  return {
    _id: order._id,
    type: order.type,
    typeLabel: TYPE_LABELS[order.type] ?? order.type,
    status: order.status,
    statusLabel: statusLabelOf(order.type, order.status),
    domain: order.identity.domain.unicode,
    province: order.identity.province,
    certificate: maskCertificate(order.identity.certificateNumber),
    websites: order.websites.length,
    filingNumbers: order.filingNumbers,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt
  }
}

export type OrderView = ReturnType<typeof orderView> & { access: string }
export type OrderSummary = ReturnType<typeof orderSummary>

/**
 * The order as one applicant may see it: the owner and CONTINUE delegates see
 * everything; a 真实性核验-only delegate sees just enough to take the photo.
 */
export function viewFor(order: Order, openid: string, now: Date) {
  const access = order.ownerOpenid === openid ? 'OWNER' : (order.delegates?.find((d) => d.openid === openid)?.scope ?? 'OWNER')
  const view = { ...orderView(order, now), access }
  if (access !== 'VERIFY') return view
  return {
    ...view,
    identity: { ...view.identity, certificateNumber: maskCertificate(view.identity.certificateNumber) },
    certificateKey: '',
    ownerOpenid: '',
    delegates: [],
    subject: {},
    materials: [],
    events: [],
    feedback: null,
    websites: view.websites.map((w) => ({ id: w.id, name: w.name, domains: w.domains })),
    requiredMaterials: [],
    problems: view.problems.filter((p) => p.step === 'verification')
  }
}
