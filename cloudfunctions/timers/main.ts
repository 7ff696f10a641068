/**
 * Cloud function `timers` — the scheduled jobs (config.json `triggers`).
 * In WeChat cloud the timer trigger calls it; the local runtime runs the same
 * triggers on their schedule.
 */
import { defineTimerFunction } from '../../cloud/kernel/define-timer'
import { database } from '../../cloud/kernel/wx'
import { runScheduledJobs } from '../../cloud/timers/scheduled-jobs'

export const main = defineTimerFunction('timers', async ({ now }) => runScheduledJobs(database(), now))
