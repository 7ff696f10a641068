import type { Actor, Order } from '../types/order'
import { decide } from '../domain/order/decide'
import type { OrderCommand } from '../domain/order/commands'
import { evolve } from '../domain/order/evolve'

const applicant: Actor = { kind: 'applicant', openid: 'bench' }
const reviewer: Actor = { kind: 'reviewer', username: 'bench', role: 'reviewer' }
const regulator: Actor = { kind: 'regulator' }

const HAPPY_PATH: OrderCommand[] = [
  { type: 'Submit', actor: applicant, agreementsAccepted: true },
  { type: 'Withdraw', actor: applicant },
  { type: 'Submit', actor: applicant, agreementsAccepted: true },
  { type: 'RequestMaterials', actor: reviewer, reasons: [{ message: '请补充' }] },
  { type: 'Resubmit', actor: applicant },
  { type: 'Approve', actor: reviewer },
  { type: 'SubmitToRegulator', actor: reviewer },
  { type: 'CompleteSmsVerification', actor: regulator },
  { type: 'RegulatorApprove', actor: regulator, filingNumbers: { subject: '京ICP备2026000001号', websites: { w1: '京ICP备2026000001号-1' } } }
]

/** decide + evolve per second, in process, over the full lifecycle (including the pre-check at each submission). */
export function transitionsPerSecond(draft: Order, seconds = 2): { transitions: number; perSecond: number } {
  const now = new Date('2026-11-22T02:00:00Z')
  const end = Date.now() + seconds * 1000
  let transitions = 0
  while (Date.now() < end) {
    let order: Order = { ...draft, ownerOpenid: 'bench' }
    for (const cmd of HAPPY_PATH) {
      const d = decide(order, cmd, now)
      if (!d.ok) throw new Error(`${cmd.type}: ${d.violation.message}`)
      for (const c of d.changes) order = evolve(order, c, cmd.actor, now.toISOString())
      transitions++
    }
  }
  return { transitions, perSecond: transitions / seconds }
}
