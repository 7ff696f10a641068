import type { Database } from '../kernel/wx'
import { senders } from '../messaging/config'
import { deliverPending, enqueueNotices } from '../notify/deliveries'
import { expireIdleOrders } from './expire-idle-orders'
import { expiryWarnings } from './notifications'
import { sweepSmsRounds } from './sms-rounds'

/**
 * Every run of the `timers` function: 短信核验 windows (open missing rounds,
 * return timed-out orders, remind), 45-day expiry warnings and expiry, then
 * every message still due (new ones and retries).
 */
export async function runScheduledJobs(db: Database, now: Date) {
  const { reminders, ...smsRounds } = await sweepSmsRounds(db, now)
  const warnings = await expiryWarnings(db, now)
  const queued = await enqueueNotices(db, [...reminders, ...warnings], now)
  const expired = await expireIdleOrders(db, now)
  const delivered = await deliverPending(db, senders(db), now)
  return { smsRounds, expiryWarnings: { orders: warnings.length, queued: queued.length }, expireIdleOrders: expired, delivered }
}
