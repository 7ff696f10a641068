import type { Order } from '../../types/order'
import { DEFAULT_MIIT_SMS_POLICY as P, type MiitSession, attempt, expire, openSession, reminderDue, resend } from '../../domain/sms/miit-session'
import { smsRecipients } from '../../domain/sms/recipients'
import { completePersonalOrder } from '../support/orders'

const T0 = new Date('2026-11-22T02:00:00Z')
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000)
/** Codes "hashed" as themselves: the decider only sees the comparator. */
const matches = (p: { codeHash: string | null }, code: string) => p.codeHash === code

function twoPhoneOrder(): Order {
  const o = completePersonalOrder()
  return { ...o, websites: [{ ...o.websites[0], principal: { name: '王五', certificateType: 'RESIDENT_ID', certificateNumber: '360426199101010071', mobile: '13933334444' } }] }
}

function open(order = twoPhoneOrder()): MiitSession {
  const codes = new Map([['13800138000', { codeHash: '111111', salt: '' }], ['13933334444', { codeHash: '222222', salt: '' }]])
  return openSession(order, 7, smsRecipients(order), 'SANDBOX', T0, P, codes)
}

describe('工信部短信核验 round (spec §7.5)', () => {
  it('opens with a 24 h window (province-configurable) and one code per phone', () => {
    const s = open()
    expect(s).toMatchObject({ _id: 'order-1:7', status: 'OPEN', deadline: hours(24).toISOString(), consecutiveFailures: 0 })
    expect(s.phones.map((p) => [p.phone, p.codeHash])).toEqual([['13800138000', '111111'], ['13933334444', '222222']])
    expect(openSession(twoPhoneOrder(), 7, [], 'TRACKING', T0, { ...P, windowHours: 48 }).deadline).toBe(hours(48).toISOString())
  })

  it('needs code + phone + last 6 of that person\'s certificate; all phones verified completes the round', () => {
    let s = open()
    const wrongCert = attempt(s, { phone: '13800138000', certLast6: '010071', code: '111111' }, hours(1), P, matches)
    expect(wrongCert).toMatchObject({ outcome: 'WRONG', message: '该条验证库里找不到记录' })
    s = wrongCert.session
    const first = attempt(s, { phone: '13800138000', certLast6: '31002x', code: '111111' }, hours(1), P, matches)
    expect(first).toMatchObject({ outcome: 'PHONE_VERIFIED', message: '您的短信核验完成，请等待其他核验人进行短信核验', session: { consecutiveFailures: 0, status: 'OPEN' } })
    const second = attempt(first.session, { phone: '13933334444', certLast6: '010071', code: '222222' }, hours(2), P, matches)
    expect(second).toMatchObject({ outcome: 'ALL_VERIFIED', message: '您的短信核验已全部完成，该请求将提交管局审核', session: { status: 'COMPLETED' } })
  })

  it('5 consecutive wrong entries, then the 6th attempt returns the order — even with the right code', () => {
    let s = open()
    for (let i = 0; i < 5; i++) s = attempt(s, { phone: '13800138000', certLast6: '31002X', code: '000000' }, hours(1), P, matches).session
    expect(s.consecutiveFailures).toBe(5)
    const sixth = attempt(s, { phone: '13800138000', certLast6: '31002X', code: '111111' }, hours(1), P, matches)
    expect(sixth).toMatchObject({ outcome: 'RETURNED', message: '短信核验失败，请联系接入商查询核验结果', session: { status: 'RETURNED' } })
  })

  it('a right entry resets the consecutive count', () => {
    let s = open()
    for (let i = 0; i < 4; i++) s = attempt(s, { phone: '13933334444', certLast6: '010071', code: '999999' }, hours(1), P, matches).session
    s = attempt(s, { phone: '13800138000', certLast6: '31002X', code: '111111' }, hours(1), P, matches).session
    expect(s.consecutiveFailures).toBe(0)
  })

  it('after the window (injected clock) nothing verifies and the timer returns the round', () => {
    const s = open()
    expect(attempt(s, { phone: '13800138000', certLast6: '31002X', code: '111111' }, hours(24), P, matches).outcome).toBe('EXPIRED')
    expect(expire(s, hours(23.99))).toBeNull()
    expect(expire(s, hours(24))).toMatchObject({ status: 'RETURNED', closeReason: expect.stringContaining('超时') })
  })

  it('resends at most twice per phone; a third request sends nothing; a resend replaces the code', () => {
    let s = open()
    const one = resend(s, '13800138000', '31002X', hours(1), P, { codeHash: '333333', salt: '' })
    expect(one).toMatchObject({ ok: true, resendsLeft: 1 })
    if (!one.ok) return
    s = one.session
    expect(attempt(s, { phone: '13800138000', certLast6: '31002X', code: '111111' }, hours(1), P, matches).outcome).toBe('WRONG')
    const two = resend(s, '13800138000', '31002X', hours(2), P, { codeHash: '444444', salt: '' })
    if (!two.ok) throw new Error('second resend refused')
    expect(resend(two.session, '13800138000', '31002X', hours(3), P, { codeHash: '555555', salt: '' })).toMatchObject({ ok: false, code: 'SMS.RESEND_LIMIT' })
    expect(resend(two.session, '13800138000', '000000', hours(3), P, { codeHash: '5', salt: '' })).toMatchObject({ ok: false, code: 'SMS.NOTHING_PENDING', message: '暂无待短信核验的备案申请，无需重发短信' })
  })

  it('a TRACKING round (production) cannot be verified here: codes are entered on the MIIT site', () => {
    const s = openSession(twoPhoneOrder(), 3, smsRecipients(twoPhoneOrder()), 'TRACKING', T0, P)
    expect(attempt(s, { phone: '13800138000', certLast6: '31002X', code: '111111' }, hours(1), P, () => true).outcome).toBe('NOT_OPEN')
  })

  it('reminds the phones not yet verified once, 6 hours before the deadline', () => {
    let s = open()
    s = attempt(s, { phone: '13800138000', certLast6: '31002X', code: '111111' }, hours(1), P, matches).session
    expect(reminderDue(s, hours(17), P)).toEqual([])
    expect(reminderDue(s, hours(18), P).map((p) => p.phone)).toEqual(['13933334444'])
    expect(reminderDue({ ...s, remindedAt: hours(18).toISOString() }, hours(19), P)).toEqual([])
  })
})
