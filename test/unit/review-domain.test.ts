import type { Order } from '../../types/order'
import { decide } from '../../domain/order/decide'
import { REJECTION_REASONS, reviewableFields } from '../../domain/review/catalogue'
import { T0, applicant, completePersonalOrder, reviewer, run } from '../support/orders'

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000)
const submitted = (): Order => run(completePersonalOrder(), { type: 'Submit', actor: applicant, agreementsAccepted: true })
const call = (o: Order, minutes: number, answered = false) =>
  run(o, { type: 'RecordCall', actor: reviewer, call: { field: 'subject.principal.mobile', phone: '138****8000', answered } }, at(minutes))
const unreachable = { code: 'R18', field: 'subject.principal.mobile', message: '电话不通 / 无人接听' }

describe('reviewer side of the order: call log and the call-back rule (spec §8.2)', () => {
  it('records calls on the order and in its history, without changing its status or waiting time', () => {
    const o = call(submitted(), 5)
    expect(o.status).toBe('PENDING_INITIAL_REVIEW')
    expect(o.calls).toEqual([{ at: at(5).toISOString(), reviewer: 'li', field: 'subject.principal.mobile', phone: '138****8000', answered: false }])
    expect(o.events.at(-1)).toMatchObject({ type: 'CallRecorded', actor: reviewer, from: 'PENDING_INITIAL_REVIEW', to: 'PENDING_INITIAL_REVIEW' })
    expect(o.statusSince).toBe(T0.toISOString())
  })

  it('applicants cannot record calls', () => {
    const d = decide(submitted(), { type: 'RecordCall', actor: applicant, call: { field: 'x', phone: '1', answered: true } }, T0)
    expect(d).toMatchObject({ ok: false, violation: { code: 'ORDER.FORBIDDEN' } })
  })

  it('refuses 电话不通 before two unanswered calls about an hour apart, accepts it after', () => {
    const once = call(submitted(), 0)
    expect(decide(once, { type: 'Reject', actor: reviewer, reasons: [unreachable] }, at(10))).toMatchObject({ ok: false, violation: { code: 'ORDER.CALL_BACK_REQUIRED' } })
    const tooSoon = call(once, 20)
    expect(decide(tooSoon, { type: 'Reject', actor: reviewer, reasons: [unreachable] }, at(30))).toMatchObject({ ok: false, violation: { code: 'ORDER.CALL_BACK_REQUIRED' } })
    const answered = call(once, 70, true)
    expect(decide(answered, { type: 'Reject', actor: reviewer, reasons: [unreachable] }, at(80)).ok).toBe(false)
    const twice = call(once, 65)
    const rejected = run(twice, { type: 'Reject', actor: reviewer, reasons: [unreachable] }, at(66))
    expect(rejected.status).toBe('INITIAL_REJECTED')
    expect(rejected.feedback?.reasons).toEqual([unreachable])
  })

  it('other reasons need no calls', () => {
    const r = run(submitted(), { type: 'Reject', actor: reviewer, reasons: [{ code: 'R06', field: 'websites.w1.name', message: '网站名称不合格' }] })
    expect(r.status).toBe('INITIAL_REJECTED')
  })

  it('the waiting time restarts when the status changes', () => {
    const later = run(submitted(), { type: 'Approve', actor: reviewer }, at(90))
    expect(later.statusSince).toBe(at(90).toISOString())
  })
})

describe('rejection catalogue and reviewable fields', () => {
  it('holds the 39 reasons of spec §8.4 with unique codes', () => {
    expect(REJECTION_REASONS).toHaveLength(39)
    expect(REJECTION_REASONS.find((r) => r.code === 'R18')?.reason).toContain('电话不通')
  })

  it('offers the fields and materials the applicant entered, with the pre-check paths', () => {
    const fields = reviewableFields(completePersonalOrder()).map((f) => f.field)
    expect(fields).toEqual(expect.arrayContaining(['subject.principal.mobile', 'websites.w1.name', 'materials.SUBJECT_PRINCIPAL_ID_FRONT', 'verification']))
  })
})
