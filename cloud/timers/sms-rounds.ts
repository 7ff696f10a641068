import type { Order } from '../../types/order'
import { AppFailure } from '../../types/result'
import { type Notice, applicantContact, baseParams } from '../../domain/notify/notices'
import { expire, reminderDue } from '../../domain/sms/miit-session'
import { maskPhone } from '../../domain/masking'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { OrderRepository } from '../orders/order-repository'
import { ROUNDS, type StoredRound, latestRound, openRound, roundPolicy, saveRound, verifyUrl } from '../sms/miit-rounds'

const SUBMISSIONS = ['SubmittedToRegulator', 'ResubmittedToRegulator']

/**
 * The 短信核验 timer (spec §7.5, §7.2 row 16), shared by the sandbox and
 * production: opens a round an order in 短信核验 lacks (its follow-up failed),
 * returns orders whose window ran out (MIIT does so automatically; here the
 * system mirrors it), and reminds the phones not yet verified.
 */
export async function sweepSmsRounds(db: Database, now: Date, batch = 100) {
  const repo = new OrderRepository(db)
  const tally = { opened: 0, returned: 0, reminded: 0 }

  for (const order of await rows<Order>(db.collection('orders').where({ status: 'SMS_VERIFICATION' }).limit(batch))) {
    const opening = [...order.events].reverse().find((e) => SUBMISSIONS.includes(e.type) && e.to === 'SMS_VERIFICATION')
    if (!opening) continue
    const latest = await latestRound(db, order._id)
    if (latest?._id !== `${order._id}:${opening.version}`) {
      await openRound(db, order, opening, now)
      tally.opened++
    }
  }

  const _ = db.command
  for (const round of await rows<StoredRound>(db.collection(ROUNDS).where({ status: 'OPEN', deadline: _.lte(now.toISOString()) }).limit(batch))) {
    const closed = expire(round, now)
    if (!closed || !(await saveRound(db, round, closed))) continue
    const order = await repo.get(round.orderId)
    if (order?.status !== 'SMS_VERIFICATION') continue
    try {
      await repo.apply(order, { type: 'ReturnByRegulator', actor: { kind: 'system' }, reasons: [{ message: closed.closeReason ?? '短信核验超时' }] }, now)
      tally.returned++
    } catch (e) {
      if (!(e instanceof AppFailure)) throw e
    }
  }

  const reminders: Notice[] = []
  for (const round of await rows<StoredRound>(db.collection(ROUNDS).where({ status: 'OPEN', remindedAt: null }).limit(batch))) {
    const order = await repo.get(round.orderId)
    if (!order) continue
    const due = reminderDue(round, now, roundPolicy(order))
    if (!due.length || !(await saveRound(db, round, { ...round, remindedAt: now.toISOString() }))) continue
    const applicant = applicantContact(order)
    reminders.push({
      key: `${round._id}:SMS_REMINDER`,
      orderId: order._id,
      template: 'SMS_REMINDER',
      params: { ...baseParams(order, { windowHours: roundPolicy(order).windowHours, deadline: round.deadline, verifyUrl: verifyUrl(), smsPhones: due.map((p) => maskPhone(p.phone)) }) },
      recipients: [applicant, ...due.filter((p) => p.phone !== applicant.phone).map((p) => ({ phone: p.phone, ...(p.names[0] ? { name: p.names[0] } : {}) }))]
    })
    tally.reminded += due.length
  }
  return { ...tally, reminders }
}
