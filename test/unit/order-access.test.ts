import { applicantMay } from '../../domain/order/access'
import { decide } from '../../domain/order/decide'
import { T0, applicant, completePersonalOrder, run, stranger, system } from '../support/orders'

describe('who may act on an order (owner, QR-handoff delegates)', () => {
  const order = completePersonalOrder()

  it('the owner may do anything; a stranger nothing', () => {
    expect(applicantMay(order, 'openid-zhang', 'Abandon')).toBe(true)
    expect(applicantMay(order, 'openid-other', 'View')).toBe(false)
    const refused = decide(order, { type: 'SaveSubject', actor: stranger, subject: {} }, T0)
    expect(refused).toMatchObject({ ok: false, violation: { code: 'ORDER.NOT_FOUND' } })
  })

  it('given a VERIFY grant, when the delegate acts, only 真实性核验 is allowed', () => {
    const granted = run(order, { type: 'GrantAccess', actor: system, delegate: { openid: 'openid-phone', scope: 'VERIFY', grantedAt: T0.toISOString() }, handoffId: 'h1' })
    expect(granted.events.at(-1)).toMatchObject({ type: 'AccessGranted', actor: system, from: 'DRAFT', to: 'DRAFT', data: { scope: 'VERIFY' } })
    expect(applicantMay(granted, 'openid-phone', 'View')).toBe(true)
    expect(applicantMay(granted, 'openid-phone', 'RecordVerification')).toBe(true)
    expect(applicantMay(granted, 'openid-phone', 'SaveSubject')).toBe(false)
    expect(applicantMay(granted, 'openid-phone', 'Submit')).toBe(false)
  })

  it('given a CONTINUE grant, the delegate edits and submits but cannot abandon', () => {
    const granted = run(order, { type: 'GrantAccess', actor: system, delegate: { openid: 'openid-laptop', scope: 'CONTINUE', grantedAt: T0.toISOString() }, handoffId: 'h2' })
    expect(applicantMay(granted, 'openid-laptop', 'SaveWebsites')).toBe(true)
    expect(applicantMay(granted, 'openid-laptop', 'Submit')).toBe(true)
    expect(applicantMay(granted, 'openid-laptop', 'Abandon')).toBe(false)
  })

  it('only the system records a grant, and never after submission', () => {
    expect(decide(order, { type: 'GrantAccess', actor: applicant, delegate: { openid: 'x', scope: 'CONTINUE', grantedAt: '' }, handoffId: 'h' }, T0)).toMatchObject({ ok: false })
    const submitted = run(order, { type: 'Submit', actor: applicant, agreementsAccepted: true })
    expect(decide(submitted, { type: 'GrantAccess', actor: system, delegate: { openid: 'x', scope: 'CONTINUE', grantedAt: '' }, handoffId: 'h' }, T0)).toMatchObject({ ok: false, violation: { code: 'HANDOFF.ORDER_NOT_EDITABLE' } })
  })
})
