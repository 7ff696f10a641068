import fc from 'fast-check'
import type { OrderCommand } from '../../domain/order/commands'
import { decide } from '../../domain/order/decide'
import { evolve } from '../../domain/order/evolve'
import { isOpen, openOrderConflict } from '../../domain/order/exclusivity'
import { TRANSITIONS } from '../../domain/order/transitions'
import type { Actor, Order } from '../../types/order'
import { ORDER_STATUSES } from '../../types/order-status'
import { T0, applicant, completePersonalOrder, regulator, reviewer, stranger, system } from '../support/orders'

const actors: Actor[] = [applicant, stranger, reviewer, regulator, system]
const reasons = [{ message: '原因' }]
const numbers = { subject: '京ICP备2026000001号', websites: { w1: '京ICP备2026000001号-1' } }

const commandArb: fc.Arbitrary<OrderCommand> = fc.oneof(
  ...(['Withdraw', 'Abandon', 'Confirm', 'SubmitToRegulator', 'CompleteSmsVerification', 'ResubmitToRegulator', 'Expire', 'Resubmit', 'Approve'] as const).map((type) =>
    fc.constantFrom(...actors).map((actor) => ({ type, actor }) as OrderCommand)
  ),
  ...(['RequestMaterials', 'Reject', 'SendBackForModification', 'RegulatorReject', 'ReturnByRegulator'] as const).map((type) =>
    fc.constantFrom(...actors).map((actor) => ({ type, actor, reasons }) as OrderCommand)
  ),
  fc.constantFrom(...actors).map((actor) => ({ type: 'Submit', actor, agreementsAccepted: true }) as OrderCommand),
  fc.constantFrom(...actors).map((actor) => ({ type: 'RegulatorApprove', actor, filingNumbers: numbers }) as OrderCommand),
  fc.constantFrom(...actors).map((actor) => ({ type: 'SaveSubject', actor, subject: completePersonalOrder().subject }) as OrderCommand)
)

const stepArb = fc.record({ cmd: commandArb, days: fc.integer({ min: 0, max: 60 }) })

describe('order state machine — properties over random command sequences (fast-check)', () => {
  it('never reaches an unknown state, moves only along §7.2, and keeps a consistent history', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 40 }), (steps) => {
        let order: Order = completePersonalOrder()
        let now = T0.getTime()
        for (const { cmd, days } of steps) {
          now += days * 24 * 3600 * 1000
          const d = decide(order, cmd, new Date(now))
          if (!d.ok) continue
          for (const change of d.changes) {
            const before = order.status
            order = evolve(order, change, cmd.actor, new Date(now).toISOString())
            expect(ORDER_STATUSES).toContain(order.status)
            if (before !== order.status) {
              const row = TRANSITIONS.find((t) => t.command === cmd.type)
              expect(row).toBeDefined()
              expect(row!.from).toContain(before)
              expect(row!.targets).toContain(order.status)
              expect(row!.actors).toContain(cmd.actor.kind)
            }
          }
          expect(order.version).toBe(order.events.length)
          expect(order.events.map((e) => e.version)).toEqual(order.events.map((_, i) => i + 1))
          expect(order.events.at(-1)!.from === null || ORDER_STATUSES.includes(order.events.at(-1)!.from!)).toBe(true)
        }
        // A finished order stays finished.
        if (!isOpen(order)) {
          for (const cmd of ['Withdraw', 'Abandon', 'Resubmit', 'Approve', 'Expire'] as const)
            expect(decide(order, { type: cmd, actor: applicant } as OrderCommand, new Date(now + 1e12)).ok).toBe(false)
        }
      }),
      { numRuns: 400 }
    )
  })

  it('never has two open orders for one certificate or one account', () => {
    type Op = { kind: 'create'; account: number; cert: number } | { kind: 'finish'; index: number; how: 'Abandon' | 'Approve' }
    const opArb: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), account: fc.integer({ min: 0, max: 3 }), cert: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('finish' as const), index: fc.nat(20), how: fc.constantFrom('Abandon' as const, 'Approve' as const) })
    )
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const orders: Array<Pick<Order, 'ownerOpenid' | 'certificateKey' | 'status'>> = []
        for (const op of ops) {
          if (op.kind === 'create') {
            const openid = `acct-${op.account}`
            const certificateKey = `cert-${op.cert}`
            if (openOrderConflict(orders, openid, certificateKey) === null) orders.push({ ownerOpenid: openid, certificateKey, status: 'DRAFT' })
          } else if (orders[op.index] && isOpen(orders[op.index])) {
            orders[op.index] = { ...orders[op.index], status: op.how === 'Abandon' ? 'ABANDONED' : 'APPROVED' }
          }
          const open = orders.filter(isOpen)
          expect(new Set(open.map((o) => o.certificateKey)).size).toBe(open.length)
          expect(new Set(open.map((o) => o.ownerOpenid)).size).toBe(open.length)
        }
      }),
      { numRuns: 300 }
    )
  })
})
