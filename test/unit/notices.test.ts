import type { Order, OrderEvent } from '../../types/order'
import { NOTICE_TEMPLATES, expiryWarning, noticeTemplate, noticesFor, renderText } from '../../domain/notify/notices'
import { completePersonalOrder, regulator, reviewer, run, system } from '../support/orders'

const ctx = { windowHours: 24, deadline: '2026-11-23T02:00:00.000Z', verifyUrl: 'http://x/sandbox/miit/verify', smsPhones: ['138****8000'] }
const last = (o: Order): OrderEvent => o.events[o.events.length - 1]

describe('applicant notifications from order events (spec §7.9)', () => {
  const submitted = () => run(completePersonalOrder(), { type: 'Submit', actor: { kind: 'applicant', openid: 'openid-zhang' }, agreementsAccepted: true })

  it('sends nothing for events that do not matter to the applicant', () => {
    const o = submitted()
    expect(noticesFor(o, last(o), ctx)).toEqual([])
  })

  it('初审 result, 待完善资料 with the list, 管局 submission with the code window, 管局 result with the filing number', () => {
    const materials = run(submitted(), { type: 'RequestMaterials', actor: reviewer, reasons: [{ field: 'subject.principal.mobile', message: '请使用本人手机' }, { message: '请补充身份证背面' }] })
    const [m] = noticesFor(materials, last(materials), ctx)
    expect(m).toMatchObject({ key: `order-1:v${last(materials).version}:MATERIALS_REQUESTED`, template: 'MATERIALS_REQUESTED', recipients: [{ phone: '13800138000', email: 'zhang@example.com', openid: 'openid-zhang' }] })
    expect(renderText(noticeTemplate('MATERIALS_REQUESTED').email.body, m.params)).toContain('1. 请使用本人手机\n2. 请补充身份证背面')

    const approved = run(submitted(), { type: 'Approve', actor: reviewer })
    expect(noticesFor(approved, last(approved), ctx)[0].template).toBe('INITIAL_APPROVED')
    const atMiit = run(approved, { type: 'SubmitToRegulator', actor: reviewer })
    const open = noticesFor(atMiit, last(atMiit), ctx)[0]
    expect(open.template).toBe('SMS_WINDOW_OPEN')
    expect(renderText(noticeTemplate('SMS_WINDOW_OPEN').sms, open.params)).toContain('2026-11-23 10:00')
    const done = run(atMiit, { type: 'CompleteSmsVerification', actor: regulator })
    expect(noticesFor(done, last(done), ctx)[0].template).toBe('SMS_WINDOW_DONE')
    const filed = run(done, { type: 'RegulatorApprove', actor: regulator, filingNumbers: { subject: '京ICP备2026000001号', websites: { w1: '京ICP备2026000001号-1' } } })
    const [result] = noticesFor(filed, last(filed), ctx)
    expect(renderText(noticeTemplate('REGULATOR_APPROVED').sms, result.params)).toContain('京ICP备2026000001号-1')
  })

  it('the window closing with a return says why', () => {
    const atMiit = run(run(submitted(), { type: 'Approve', actor: reviewer }), { type: 'SubmitToRegulator', actor: reviewer })
    const back = run(atMiit, { type: 'ReturnByRegulator', actor: system, reasons: [{ message: '短信核验超时' }] })
    const [n] = noticesFor(back, last(back), ctx)
    expect(renderText(noticeTemplate(n.template).sms, n.params)).toContain('短信核验超时')
  })

  it('the same event always yields the same key (idempotent), and the expiry warning is keyed by the idle stretch', () => {
    const o = run(submitted(), { type: 'Approve', actor: reviewer })
    expect(noticesFor(o, last(o), ctx)[0].key).toBe(noticesFor(o, last(o), ctx)[0].key)
    const w = expiryWarning(completePersonalOrder(), new Date('2026-12-31T00:00:00Z'), 45, ctx)
    expect(w.key).toBe(expiryWarning(completePersonalOrder(), new Date('2027-01-01T00:00:00Z'), 45, ctx).key)
    expect(renderText(noticeTemplate('EXPIRY_WARNING').sms, w.params)).toMatch(/已 \d+ 天未推进，将于 2027-01-06 10:00 过期/)
  })

  it('every template renders every channel without a leftover placeholder', () => {
    const o = completePersonalOrder()
    const params = { ...expiryWarning(o, new Date('2026-12-01T00:00:00Z'), 45, ctx).params }
    for (const t of NOTICE_TEMPLATES) {
      const tpl = noticeTemplate(t)
      for (const text of [tpl.sms, tpl.email.subject, tpl.email.body, ...Object.values(tpl.wechat)]) expect(renderText(text, params)).not.toMatch(/\{\w+\}/)
    }
  })
})
