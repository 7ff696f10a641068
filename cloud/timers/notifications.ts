import type { Order } from '../../types/order'
import { EDITABLE_ORDER_STATUSES } from '../../types/order-status'
import { type Notice, expiryWarning } from '../../domain/notify/notices'
import { DEFAULT_POLICY, type LifecyclePolicy } from '../../domain/order/policy'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { roundPolicy, verifyUrl } from '../sms/miit-rounds'

/** Days before the 45-day expiry that the applicant is warned. */
export const EXPIRY_WARNING_DAYS = 7

/** 45-day expiry warnings: orders idle in an editable status that expire within a week (once per idle stretch). */
export async function expiryWarnings(db: Database, now: Date, policy: LifecyclePolicy = DEFAULT_POLICY, batch = 200): Promise<Notice[]> {
  const _ = db.command
  const warnFrom = new Date(now.getTime() - (policy.idleDaysToExpire - EXPIRY_WARNING_DAYS) * 24 * 3600_000).toISOString()
  const expireFrom = new Date(now.getTime() - policy.idleDaysToExpire * 24 * 3600_000).toISOString()
  const due = await rows<Order>(db.collection('orders').where({ status: _.in([...EDITABLE_ORDER_STATUSES]), lastProgressAt: _.lte(warnFrom) }).limit(batch))
  // Orders past the expiry are expired in the same run, not warned.
  return due.filter((o) => o.lastProgressAt > expireFrom).map((o) => expiryWarning(o, now, policy.idleDaysToExpire, { windowHours: roundPolicy(o).windowHours, verifyUrl: verifyUrl() }))
}
