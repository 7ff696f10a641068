import type { Order } from '../../types/order'
import { noticesFor } from '../../domain/notify/notices'
import { maskPhone } from '../../domain/masking'
import { maskForLog } from '../kernel/define-function'
import type { Database } from '../kernel/wx'
import { senders } from '../messaging/config'
import { deliverPending, enqueueNotices } from '../notify/deliveries'
import { closeRoundsOf, openRound, roundPolicy, verifyUrl } from '../sms/miit-rounds'

const SUBMISSIONS = ['SubmittedToRegulator', 'ResubmittedToRegulator']

/**
 * What follows an order change, after it is stored: a submission to the 管局
 * opens the 短信核验 round; leaving 短信核验 ends it; events that matter to the
 * applicant are notified (recorded once per event, then sent). The change
 * itself stands even if this fails: the timer opens missing rounds and
 * retries pending messages.
 */
export async function afterOrderChange(db: Database, before: Order | null, after: Order, now: Date): Promise<void> {
  try {
    const added = after.events.slice(before?.events.length ?? 0)
    const notices = []
    for (const event of added) {
      let deadline: string | undefined
      let phones: string[] = []
      if (SUBMISSIONS.includes(event.type) && event.to === 'SMS_VERIFICATION') {
        const round = await openRound(db, after, event, now)
        deadline = round.deadline
        phones = round.phones.map((p) => maskPhone(p.phone))
      }
      if (event.from === 'SMS_VERIFICATION' && event.to !== 'SMS_VERIFICATION')
        await closeRoundsOf(db, after._id, event.to === 'REGULATOR_REVIEW' ? 'COMPLETED' : 'RETURNED', event.reason ?? event.type, now)
      notices.push(...noticesFor(after, event, { windowHours: roundPolicy(after).windowHours, deadline, verifyUrl: verifyUrl(), smsPhones: phones }))
    }
    if (!notices.length) return
    const ids = await enqueueNotices(db, notices, now)
    await deliverPending(db, senders(db), now, ids)
  } catch (e) {
    console.error(`[orders] follow-up of order ${after._id} v${after.version} failed (the timer retries): ${maskForLog(String((e as Error)?.message ?? e))}`)
  }
}
