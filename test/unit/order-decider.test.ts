import { decide } from '../../domain/order/decide'
import type { OrderCommand } from '../../domain/order/commands'
import type { Order } from '../../types/order'
import { T0, applicant, completePersonalOrder, regulator, reviewer, run, stranger, system } from '../support/orders'

// Given an order, when a command arrives, then these changes or this refusal.
const refusal = (order: Order | null, cmd: OrderCommand, now = T0) => {
  const d = decide(order, cmd, now)
  return d.ok ? null : d.violation
}
const submitted = () => run(completePersonalOrder(), { type: 'Submit', actor: applicant, agreementsAccepted: true })
const reasons = [{ code: 'R06', field: 'websites.w1.name', message: '网站名称不合格' }]

describe('order lifecycle — the happy path of a 首次备案 (spec §7.2)', () => {
  it('goes DRAFT → 初审 → 待提交管局 → 短信核验 → 管局审核 → 备案成功, recording every step', () => {
    let o = submitted()
    expect(o.status).toBe('PENDING_INITIAL_REVIEW')
    o = run(o, { type: 'Approve', actor: reviewer })
    expect(o.status).toBe('PENDING_SUBMISSION')
    o = run(o, { type: 'SubmitToRegulator', actor: reviewer })
    expect(o.status).toBe('SMS_VERIFICATION')
    o = run(o, { type: 'CompleteSmsVerification', actor: regulator })
    expect(o.status).toBe('REGULATOR_REVIEW')
    o = run(o, { type: 'RegulatorApprove', actor: regulator, filingNumbers: { subject: '京ICP备2026000001号', websites: { w1: '京ICP备2026000001号-1' } } })
    expect(o.status).toBe('APPROVED')
    expect(o.filingNumbers?.websites.w1).toBe('京ICP备2026000001号-1')
    expect(o.version).toBe(o.events.length)
    expect(o.events.map((e) => [e.from, e.to])).toContainEqual(['REGULATOR_REVIEW', 'APPROVED'])
    expect(o.events.every((e) => e.at && e.actor)).toBe(true)
  })

  it('records the field-level diff of an edit', () => {
    const o = run(completePersonalOrder(), { type: 'SaveSubject', actor: applicant, subject: { ...completePersonalOrder().subject, mailingAddress: '北京市海淀区1号' } })
    expect(o.events.at(-1)!.changes).toEqual([{ path: 'subject.mailingAddress', before: '北京市朝阳区建国路1号院2号楼301', after: '北京市海淀区1号' }])
  })
})

describe('order lifecycle — guards', () => {
  it('refuses to submit without the agreements', () => {
    expect(refusal(completePersonalOrder(), { type: 'Submit', actor: applicant, agreementsAccepted: false })?.code).toBe('ORDER.AGREEMENTS_REQUIRED')
  })

  it('refuses to submit an incomplete order and lists every problem with its step', () => {
    const o = { ...completePersonalOrder(), verification: null, materials: [] }
    const v = refusal(o, { type: 'Submit', actor: applicant, agreementsAccepted: true })
    expect(v?.code).toBe('ORDER.INCOMPLETE')
    const problems = (v?.detail as { problems: Array<{ step: string; code: string }> }).problems
    expect(problems.map((p) => p.step)).toEqual(expect.arrayContaining(['materials', 'verification']))
  })

  it('hides other applicants\u2019 orders', () => {
    expect(refusal(completePersonalOrder(), { type: 'Abandon', actor: stranger })?.code).toBe('ORDER.NOT_FOUND')
  })

  it('lets only reviewers decide 初审 and only the system expire', () => {
    expect(refusal(submitted(), { type: 'Approve', actor: applicant })?.code).toBe('ORDER.FORBIDDEN')
    expect(refusal(completePersonalOrder(), { type: 'Expire', actor: applicant })?.code).toBe('ORDER.FORBIDDEN')
  })

  it('does not edit while under review, and nothing at the 管局 (edit matrix §7.3)', () => {
    const s = { type: 'SaveSubject', actor: applicant, subject: {} } as const
    expect(refusal(submitted(), s)?.code).toBe('ORDER.NOT_EDITABLE')
    const atRegulator = run(run(run(submitted(), { type: 'Approve', actor: reviewer }), { type: 'SubmitToRegulator', actor: reviewer }), { type: 'CompleteSmsVerification', actor: regulator })
    expect(refusal(atRegulator, s)?.message).toContain('已提交管局')
    expect(refusal(atRegulator, { type: 'Withdraw', actor: applicant })?.code).toBe('ORDER.TRANSITION_NOT_ALLOWED')
    expect(refusal(atRegulator, { type: 'Abandon', actor: applicant })?.code).toBe('ORDER.TRANSITION_NOT_ALLOWED')
  })

  it('keeps the verified domain: it cannot be removed from the websites', () => {
    const o = completePersonalOrder()
    const v = refusal(o, { type: 'SaveWebsites', actor: applicant, websites: [{ ...o.websites[0], domains: ['other.com'] }] })
    expect(v?.code).toBe('ORDER.FIELD_FROZEN')
    expect(v?.message).toContain('放弃本订单')
  })

  it('撤销 pulls a submitted order back to DRAFT with its data; 放弃 ends it', () => {
    const back = run(submitted(), { type: 'Withdraw', actor: applicant })
    expect(back.status).toBe('DRAFT')
    expect(back.subject.name).toBe('张三')
    expect(run(back, { type: 'Abandon', actor: applicant }).status).toBe('ABANDONED')
  })

  it('撤销 after 初审 passed follows the policy (seed: allowed)', () => {
    const approved = run(submitted(), { type: 'Approve', actor: reviewer })
    expect(run(approved, { type: 'Withdraw', actor: applicant }).status).toBe('DRAFT')
    expect(decide(approved, { type: 'Withdraw', actor: applicant }, T0, { withdrawAfterInitialApproval: false, idleDaysToExpire: 45 }).ok).toBe(false)
  })

  it('待完善资料 → edit → resubmit → 已修改待审核, with the reviewer\u2019s reasons kept for the applicant', () => {
    const needs = run(submitted(), { type: 'RequestMaterials', actor: reviewer, reasons })
    expect(needs.status).toBe('NEEDS_MATERIALS')
    expect(needs.feedback?.reasons[0].field).toBe('websites.w1.name')
    expect(run(needs, { type: 'Resubmit', actor: applicant }).status).toBe('RESUBMITTED')
  })

  it('requires a reason to reject', () => {
    expect(refusal(submitted(), { type: 'Reject', actor: reviewer, reasons: [] })?.code).toBe('ORDER.REASON_REQUIRED')
  })

  it('管局退回 after SMS timeout, then resubmission to the 管局 or back to the applicant', () => {
    const sms = run(run(submitted(), { type: 'Approve', actor: reviewer }), { type: 'SubmitToRegulator', actor: reviewer })
    const returned = run(sms, { type: 'ReturnByRegulator', actor: system, reasons: [{ message: '短信核验超时' }] })
    expect(returned.status).toBe('RETURNED_BY_MIIT')
    expect(run(returned, { type: 'ResubmitToRegulator', actor: reviewer }).status).toBe('SMS_VERIFICATION')
    expect(run(returned, { type: 'SendBackForModification', actor: reviewer, reasons }).status).toBe('INITIAL_REJECTED')
  })

  it('管局驳回 goes back through 初审 after the fix', () => {
    const review = run(run(run(submitted(), { type: 'Approve', actor: reviewer }), { type: 'SubmitToRegulator', actor: reviewer }), { type: 'CompleteSmsVerification', actor: regulator })
    const rejected = run(review, { type: 'RegulatorReject', actor: regulator, reasons })
    expect(run(rejected, { type: 'Resubmit', actor: applicant }).status).toBe('PENDING_INITIAL_REVIEW')
  })

  it('expires an order idle for 45 days, not one idle for 44', () => {
    const o = completePersonalOrder()
    const day = 24 * 3600 * 1000
    expect(refusal(o, { type: 'Expire', actor: system }, new Date(T0.getTime() + 44 * day))?.code).toBe('ORDER.NOT_EXPIRED')
    expect(run(o, { type: 'Expire', actor: system }, new Date(T0.getTime() + 45 * day)).status).toBe('EXPIRED')
  })

  it('cancellations wait for the applicant\u2019s confirmation; 取消接入 skips SMS', () => {
    const cancel: Order = { ...submitted(), type: 'CANCEL_ACCESS' }
    const awaiting = run(cancel, { type: 'Approve', actor: reviewer })
    expect(awaiting.status).toBe('AWAITING_APPLICANT_CONFIRMATION')
    const confirmed = run(awaiting, { type: 'Confirm', actor: applicant })
    expect(run(confirmed, { type: 'SubmitToRegulator', actor: reviewer }).status).toBe('REGULATOR_REVIEW')
  })

  it('认领备案 is complete once the provider approves it', () => {
    expect(run({ ...submitted(), type: 'CLAIM' }, { type: 'Approve', actor: reviewer }).status).toBe('APPROVED')
  })
})
