import { performance } from 'node:perf_hooks'
import { rows } from '../../cloud/kernel/query'
import { sdkGatewayForSuite } from '../support/sdk-gateway'

type Outbox = { phone: string; code?: string; text: string }

/** Phone ownership codes (获取验证码) through the cloud layer against the embedded store. */
describe('phone ownership codes (cloud layer)', () => {
  const gateway = sdkGatewayForSuite('phone-codes')
  const T0 = new Date('2026-11-22T02:00:00Z')
  const at = (s: number) => new Date(T0.getTime() + s * 1000)
  const lib = async () => ({ ...(await import('../../cloud/sms/phone-codes')), ...(await import('../../cloud/messaging/outbox')) })
  const lastCode = async (phone: string) => {
    const all = await rows<Outbox & { sentAt: string }>(gateway.db().collection('outbox').where({ phone }).orderBy('sentAt', 'desc').limit(1))
    return all[0].code!
  }
  const refusal = async (p: Promise<unknown>) => {
    try {
      await p
    } catch (e) {
      return (e as { error: { code: string; message: string; detail?: { retryAt?: string } } }).error
    }
    throw new Error('expected a refusal')
  }

  it('sends a 6-digit code, stores only a salted hash, refuses a resend within 60 s and verifies once', async () => {
    const { sendPhoneCode, verifyPhoneCode, outboxSms } = await lib()
    const db = gateway.db()
    const sent = await sendPhoneCode(db, outboxSms(db), { openid: 'a1', phone: '13800000001', purpose: 'CONTACT_VERIFY' }, T0)
    expect(sent).toEqual({ phone: '138****0001', expiresAt: at(600).toISOString(), resendAt: at(60).toISOString(), ttlMinutes: 10 })
    const code = await lastCode('13800000001')
    expect(code).toMatch(/^\d{6}$/)
    const stored = JSON.stringify(await rows(db.collection('phone_codes').where({})))
    expect(stored).not.toContain(`"${code}"`)
    expect(stored).toMatch(/"codeHash":"[0-9a-f]{64}"/)
    expect(await refusal(sendPhoneCode(db, outboxSms(db), { openid: 'a1', phone: '13800000001', purpose: 'CONTACT_VERIFY' }, at(30)))).toMatchObject({ code: 'SMS.RESEND_TOO_SOON', message: expect.stringContaining('30 秒'), detail: { retryAt: at(60).toISOString() } })
    // Another account cannot use this account's code.
    expect(await refusal(verifyPhoneCode(db, { openid: 'other', phone: '13800000001', purpose: 'CONTACT_VERIFY', code }, at(40)))).toMatchObject({ code: 'SMS.CODE_NOT_FOUND' })
    expect(await verifyPhoneCode(db, { openid: 'a1', phone: '13800000001', purpose: 'CONTACT_VERIFY', code }, at(40))).toMatchObject({ verified: true })
    expect(await refusal(verifyPhoneCode(db, { openid: 'a1', phone: '13800000001', purpose: 'CONTACT_VERIFY', code }, at(41)))).toMatchObject({ code: 'SMS.CODE_NOT_FOUND' })
  })

  it('expires after 10 minutes (injected clock); a new code replaces the old one (one active code per phone and purpose)', async () => {
    const { sendPhoneCode, verifyPhoneCode, outboxSms } = await lib()
    const db = gateway.db()
    await sendPhoneCode(db, outboxSms(db), { openid: 'a2', phone: '13800000002', purpose: 'CONTACT_VERIFY' }, T0)
    const old = await lastCode('13800000002')
    expect(await refusal(verifyPhoneCode(db, { openid: 'a2', phone: '13800000002', purpose: 'CONTACT_VERIFY', code: old }, at(600)))).toMatchObject({ code: 'SMS.CODE_EXPIRED' })
    await sendPhoneCode(db, outboxSms(db), { openid: 'a2', phone: '13800000002', purpose: 'CONTACT_VERIFY' }, at(601))
    const fresh = await lastCode('13800000002')
    expect(await rows(db.collection('phone_codes').where({ phone: '13800000002' }))).toHaveLength(1)
    if (fresh !== old) expect(await refusal(verifyPhoneCode(db, { openid: 'a2', phone: '13800000002', purpose: 'CONTACT_VERIFY', code: old }, at(602)))).toMatchObject({ code: 'SMS.CODE_WRONG' })
    expect(await verifyPhoneCode(db, { openid: 'a2', phone: '13800000002', purpose: 'CONTACT_VERIFY', code: fresh }, at(603))).toMatchObject({ verified: true })
  })

  it('caps codes per phone and per account per day, and says when to try again', async () => {
    const { sendPhoneCode, outboxSms } = await lib()
    const db = gateway.db()
    const policy = { codeLength: 6, ttlMinutes: 10, maxWrongAttempts: 5, resendSeconds: 60, dailyPerPhone: 3, dailyPerAccount: 4 }
    for (let i = 0; i < 3; i++) await sendPhoneCode(db, outboxSms(db), { openid: 'a3', phone: '13800000003', purpose: 'CONTACT_VERIFY' }, at(i * 61), policy)
    expect(await refusal(sendPhoneCode(db, outboxSms(db), { openid: 'a3', phone: '13800000003', purpose: 'CONTACT_VERIFY' }, at(200), policy))).toMatchObject({ code: 'SMS.PHONE_DAILY_LIMIT', detail: { retryAt: '2026-11-22T16:00:00.000Z' } })
    await sendPhoneCode(db, outboxSms(db), { openid: 'a3', phone: '13800000004', purpose: 'CONTACT_VERIFY' }, at(300), policy)
    expect(await refusal(sendPhoneCode(db, outboxSms(db), { openid: 'a3', phone: '13800000005', purpose: 'CONTACT_VERIFY' }, at(400), policy))).toMatchObject({ code: 'SMS.ACCOUNT_DAILY_LIMIT' })
    // The next day in China the caps start again.
    await sendPhoneCode(db, outboxSms(db), { openid: 'a3', phone: '13800000003', purpose: 'CONTACT_VERIFY' }, new Date('2026-11-22T16:00:01Z'), policy)
  })

  it('brute force: 10,000 guesses against one code are refused after 5 wrong entries — even the right code', async () => {
    const { sendPhoneCode, verifyPhoneCode, outboxSms } = await lib()
    const db = gateway.db()
    await sendPhoneCode(db, outboxSms(db), { openid: 'attacker', phone: '13800000009', purpose: 'CONTACT_VERIFY' }, T0)
    const right = await lastCode('13800000009')
    const guesses = Array.from({ length: 10_000 }, (_, i) => String(i * 97 % 1_000_000).padStart(6, '0')).filter((g) => g !== right)
    guesses.splice(2_000, 0, right) // the right code is among them, after the limit
    const codes = new Map<string, number>()
    let accepted = 0
    for (let i = 0; i < guesses.length; i += 50) {
      const batch = guesses.slice(i, i + 50)
      const results = await Promise.all(batch.map((code) => verifyPhoneCode(db, { openid: 'attacker', phone: '13800000009', purpose: 'CONTACT_VERIFY', code }, at(30)).then(() => 'OK', (e) => (e as { error: { code: string } }).error.code)))
      for (const r of results) r === 'OK' ? accepted++ : codes.set(r, (codes.get(r) ?? 0) + 1)
    }
    expect(accepted).toBe(0)
    expect(codes.get('SMS.CODE_WRONG')).toBeLessThanOrEqual(4)
    expect((codes.get('SMS.CODE_WRONG') ?? 0) + (codes.get('SMS.CODE_LOCKED') ?? 0) + (codes.get('SMS.CONFLICT') ?? 0)).toBe(guesses.length)
    const stored = (await rows<{ wrongAttempts: number; usedAt: string | null }>(db.collection('phone_codes').where({ phone: '13800000009' })))[0]
    expect(stored).toMatchObject({ wrongAttempts: 5, usedAt: null })
  }, 120_000)

  it('compares in constant time: a guess matching the first hash bytes takes as long as one matching none', async () => {
    const { hashCode, codeMatches } = await import('../../cloud/sms/code-hash')
    const salt = 'a'.repeat(32)
    const stored = hashCode('123456', salt, 'ctx')
    // Worst case for a naive compare: equal stored hash vs one differing in the first byte.
    const nearly = (stored[0] === '0' ? '1' : '0') + stored.slice(1)
    const far = stored.slice(0, 62) + (stored[63] === '0' ? '11' : '00')
    const time = (h: string) => {
      const samples: number[] = []
      for (let r = 0; r < 15; r++) {
        const t = performance.now()
        for (let i = 0; i < 2_000; i++) codeMatches('654321', salt, h, 'ctx')
        samples.push(performance.now() - t)
      }
      return samples.sort((a, b) => a - b)[7]
    }
    time(stored) // warm up
    const a = time(nearly)
    const b = time(far)
    expect(Math.max(a, b) / Math.min(a, b)).toBeLessThan(1.5)
    expect(codeMatches('123456', salt, stored, 'ctx')).toBe(true)
    expect(codeMatches('123456', salt, stored, 'other-phone')).toBe(false)
  })
})
