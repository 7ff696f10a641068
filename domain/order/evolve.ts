import type { Actor, Order } from '../../types/order'
import type { OrderChange } from './commands'

/**
 * Applies one decided change: the new status, the patched fields, the version
 * bump, and the history entry recording who, when, from, to, why and what.
 */
export function evolve(order: Order | null, change: OrderChange, actor: Actor, at: string): Order {
  const base = (order ?? { ...(change.patch as Order), _id: String(change.data?.id), version: 0, events: [] }) as Order
  const version = base.version + 1
  return {
    ...base,
    ...change.patch,
    status: change.to,
    version,
    updatedAt: at,
    lastProgressAt: change.type === 'Expired' ? base.lastProgressAt : at,
    statusSince: order && order.status === change.to ? order.statusSince ?? order.updatedAt : at,
    events: [
      ...base.events,
      {
        version,
        type: change.type,
        at,
        actor,
        from: order ? order.status : null,
        to: change.to,
        ...(change.reason ? { reason: change.reason } : {}),
        ...(change.changes?.length ? { changes: change.changes } : {}),
        ...(change.data ? { data: change.data } : {})
      }
    ]
  }
}
