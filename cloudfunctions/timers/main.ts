/**
 * Cloud function `timers` — the scheduled jobs (config.json `triggers`).
 * In WeChat cloud the timer trigger calls it; the local runtime runs the same
 * triggers on their schedule.
 */
import { defineTimerFunction } from '../../cloud/kernel/define-timer'
import { database } from '../../cloud/kernel/wx'
import { expireIdleOrders } from '../../cloud/timers/expire-idle-orders'

export const main = defineTimerFunction('timers', async ({ now }) => ({ expireIdleOrders: await expireIdleOrders(database(), now) }))
