import type { Order } from '../../types/order'
import { REVIEW_TAB_STATUSES, REVIEW_TABS, type ReviewTab } from '../../types/api/review'

export interface QueueKeyFilters {
  province?: string
  hostNature?: string
  type?: string
}

/** The reviewer queue (tab) an order is in, if any. */
export const reviewTabOf = (status: Order['status']): ReviewTab | null => REVIEW_TABS.find((t) => REVIEW_TAB_STATUSES[t].includes(status)) ?? null

/** The index key of a queue under some filters, e.g. `INITIAL|p:44|n:PERSONAL`. */
export const queueKey = (tab: ReviewTab, f: QueueKeyFilters): string =>
  [tab, f.province && `p:${f.province}`, f.hostNature && `n:${f.hostNature}`, f.type && `t:${f.type}`].filter(Boolean).join('|')

/**
 * Every queue key an order answers to: its tab under each combination of the
 * province, host-nature and type filters (8 keys), none outside the queues.
 * Stored on the order document (`queueKeys`, indexed) by the repository, so a
 * filtered queue and its count read exactly the matching orders, in the
 * embedded store as in CloudBase.
 */
export function queueKeys(order: Pick<Order, 'status' | 'type' | 'identity'>): string[] {
  const tab = reviewTabOf(order.status)
  if (!tab) return []
  const keys: string[] = []
  for (let mask = 0; mask < 8; mask++)
    keys.push(queueKey(tab, { ...(mask & 1 ? { province: order.identity.province } : {}), ...(mask & 2 ? { hostNature: order.identity.hostNature } : {}), ...(mask & 4 ? { type: order.type } : {}) }))
  return keys
}
