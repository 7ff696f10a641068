import type { Order } from '../../types/order'
import { EDITABLE_ORDER_STATUSES } from '../../types/order-status'
import { AppFailure } from '../../types/result'
import { DEFAULT_POLICY, type LifecyclePolicy } from '../../domain/order/policy'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { OrderRepository } from '../orders/order-repository'

/**
 * Expires orders left idle in an editable status for the policy's days
 * (45 by default, spec §7.2 row 10), a batch at a time; the decider has the
 * last word, and an order someone touched meanwhile is left alone.
 */
export async function expireIdleOrders(db: Database, now: Date, policy: LifecyclePolicy = DEFAULT_POLICY, batch = 100) {
  const _ = db.command
  const cutoff = new Date(now.getTime() - policy.idleDaysToExpire * 24 * 3600 * 1000).toISOString()
  const idle = await rows<Order>(db.collection('orders').where({ status: _.in([...EDITABLE_ORDER_STATUSES]), lastProgressAt: _.lte(cutoff) }).limit(batch))
  const repo = new OrderRepository(db, policy)
  let expired = 0
  for (const order of idle) {
    try {
      await repo.apply(order, { type: 'Expire', actor: { kind: 'system' } }, now)
      expired++
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e
    }
  }
  return { checked: idle.length, expired }
}
