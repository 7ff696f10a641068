import { type ActivePhoneCode, DEFAULT_PHONE_CODE_POLICY as P, decideSend, decideVerify } from '../../domain/sms/phone-code'

const T0 = new Date('2026-11-22T02:00:00Z') // 10:00 China time
const at = (s: number) => new Date(T0.getTime() + s * 1000)
const code = (over: Partial<ActivePhoneCode> = {}): ActivePhoneCode => ({
  phone: '13800138000', purpose: 'CONTACT_VERIFY', openid: 'o1', codeHash: 'h', salt: 's',
  issuedAt: T0.toISOString(), expiresAt: at(600).toISOString(), wrongAttempts: 0, usedAt: null, ...over
})
const none = { active: null, sentTodayToPhone: 0, sentTodayByAccount: 0 }

describe('phone ownership codes (获取验证码)', () => {
  it('issues a code valid 10 minutes, resendable after 60 s', () => {
    const d = decideSend(none, T0)
    expect(d).toEqual({ ok: true, expiresAt: at(600), resendAt: at(60) })
  })

  it('refuses a resend within 60 s and says when to try again', () => {
    const d = decideSend({ ...none, active: code() }, at(18))
    expect(d.ok).toBe(false)
    if (d.ok) return
    expect(d.violation).toMatchObject({ code: 'SMS.RESEND_TOO_SOON', message: '验证码已发送，请 42 秒后再重新获取', detail: { retryAt: at(60).toISOString() } })
    expect(decideSend({ ...none, active: code() }, at(60)).ok).toBe(true)
  })

  it('caps codes per phone and per account per day (China time), retry at the next midnight in China', () => {
    const phone = decideSend({ ...none, sentTodayToPhone: P.dailyPerPhone }, T0)
    expect(phone).toMatchObject({ ok: false, violation: { code: 'SMS.PHONE_DAILY_LIMIT', detail: { retryAt: '2026-11-22T16:00:00.000Z' } } })
    if (!phone.ok) expect(phone.violation.message).toContain('2026-11-23 00:00')
    expect(decideSend({ ...none, sentTodayByAccount: P.dailyPerAccount }, T0)).toMatchObject({ ok: false, violation: { code: 'SMS.ACCOUNT_DAILY_LIMIT' } })
  })

  it('accepts the right code once; a used code is gone', () => {
    const ok = decideVerify(code(), () => true, at(30))
    expect(ok).toMatchObject({ ok: true, code: { usedAt: at(30).toISOString() } })
    if (!ok.ok) return
    expect(decideVerify(ok.code, () => true, at(31))).toMatchObject({ ok: false, violation: { code: 'SMS.CODE_NOT_FOUND' } })
  })

  it('expires after 10 minutes (injected clock), even with the right code', () => {
    const matches = jest.fn(() => true)
    expect(decideVerify(code(), matches, at(599)).ok).toBe(true)
    expect(decideVerify(code(), matches, at(600))).toMatchObject({ ok: false, violation: { code: 'SMS.CODE_EXPIRED', message: '验证码已过期（有效期 10 分钟），请重新获取' } })
  })

  it('counts wrong entries, and after 5 the code is burnt: the right code is refused and never compared', () => {
    let c = code()
    const messages: string[] = []
    for (let i = 0; i < 5; i++) {
      const d = decideVerify(c, () => false, at(10 + i))
      expect(d.ok).toBe(false)
      if (d.ok) return
      messages.push(d.violation.code)
      c = d.code!
    }
    expect(messages).toEqual(['SMS.CODE_WRONG', 'SMS.CODE_WRONG', 'SMS.CODE_WRONG', 'SMS.CODE_WRONG', 'SMS.CODE_LOCKED'])
    const matches = jest.fn(() => true)
    const after = decideVerify(c, matches, at(20))
    expect(after).toMatchObject({ ok: false, violation: { code: 'SMS.CODE_LOCKED', detail: { retryAt: at(60).toISOString() } } })
    expect(matches).not.toHaveBeenCalled()
  })

  it('tells how many tries are left', () => {
    const d = decideVerify(code({ wrongAttempts: 2 }), () => false, at(5))
    expect(d).toMatchObject({ ok: false, violation: { message: '验证码不正确，还可以再试 2 次' } })
  })
})
