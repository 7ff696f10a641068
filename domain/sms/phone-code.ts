import type { RuleViolation } from '../rules/violation'
import { chinaClock, nextChinaMidnight, secondsUntil } from './time'

/**
 * Phone ownership codes (手机号验证码) sent while a person enters a 主体负责人
 * or 网站负责人 mobile in the wizard (Tencent's "获取验证码"). Pure rules:
 * the cloud layer reads the state, passes `now`, and stores what these return.
 */
export const PHONE_CODE_PURPOSES = ['CONTACT_VERIFY'] as const
export type PhoneCodePurpose = (typeof PHONE_CODE_PURPOSES)[number]

export interface PhoneCodePolicy {
  codeLength: number
  ttlMinutes: number
  /** Wrong entries a code survives; the next one burns it. */
  maxWrongAttempts: number
  resendSeconds: number
  /** Codes per phone per day (China time). */
  dailyPerPhone: number
  /** Codes per account per day (China time). */
  dailyPerAccount: number
}

export const DEFAULT_PHONE_CODE_POLICY: PhoneCodePolicy = { codeLength: 6, ttlMinutes: 10, maxWrongAttempts: 5, resendSeconds: 60, dailyPerPhone: 10, dailyPerAccount: 20 }

/** The one active code of a phone and purpose, as stored (the code itself only as a salted hash). */
export interface ActivePhoneCode {
  phone: string
  purpose: PhoneCodePurpose
  openid: string
  codeHash: string
  salt: string
  issuedAt: string
  expiresAt: string
  wrongAttempts: number
  /** Set once the code was entered correctly: a code proves the phone once. */
  usedAt: string | null
}

export interface SendFacts {
  active: ActivePhoneCode | null
  sentTodayToPhone: number
  sentTodayByAccount: number
}

export type Refusal = RuleViolation & { detail: { retryAt: string | null } }

const refusal = (code: string, message: string, retryAt: Date | null, field = 'phone'): Refusal => ({
  code,
  message,
  field,
  detail: { retryAt: retryAt ? retryAt.toISOString() : null }
})

/** Whether a new code may be sent now; a refusal says why and when to try again. */
export function decideSend(facts: SendFacts, now: Date, policy: PhoneCodePolicy = DEFAULT_PHONE_CODE_POLICY): { ok: true; expiresAt: Date; resendAt: Date } | { ok: false; violation: Refusal } {
  const a = facts.active
  if (a && !a.usedAt) {
    const resendAt = new Date(Date.parse(a.issuedAt) + policy.resendSeconds * 1000)
    if (now < resendAt) return { ok: false, violation: refusal('SMS.RESEND_TOO_SOON', `验证码已发送，请 ${secondsUntil(resendAt, now)} 秒后再重新获取`, resendAt) }
  }
  const tomorrow = nextChinaMidnight(now)
  if (facts.sentTodayToPhone >= policy.dailyPerPhone)
    return { ok: false, violation: refusal('SMS.PHONE_DAILY_LIMIT', `该手机号今日获取验证码已达 ${policy.dailyPerPhone} 次上限，请于 ${chinaClock(tomorrow)} 后再试`, tomorrow) }
  if (facts.sentTodayByAccount >= policy.dailyPerAccount)
    return { ok: false, violation: refusal('SMS.ACCOUNT_DAILY_LIMIT', `您的账号今日获取验证码已达 ${policy.dailyPerAccount} 次上限，请于 ${chinaClock(tomorrow)} 后再试`, tomorrow) }
  return { ok: true, expiresAt: new Date(now.getTime() + policy.ttlMinutes * 60_000), resendAt: new Date(now.getTime() + policy.resendSeconds * 1000) }
}

export type VerifyOutcome =
  | { ok: true; code: ActivePhoneCode }
  | { ok: false; violation: Refusal; code: ActivePhoneCode | null }

/**
 * Checks an entered code. `matches` compares it with the stored hash (in
 * constant time, in the cloud layer); it is only called when the code may
 * still be tried, so a burnt or expired code tells nothing about guesses.
 */
export function decideVerify(active: ActivePhoneCode | null, matches: (a: ActivePhoneCode) => boolean, now: Date, policy: PhoneCodePolicy = DEFAULT_PHONE_CODE_POLICY): VerifyOutcome {
  if (!active || active.usedAt)
    return { ok: false, code: active, violation: refusal('SMS.CODE_NOT_FOUND', '请先获取验证码', null, 'code') }
  const resendAt = new Date(Math.max(now.getTime(), Date.parse(active.issuedAt) + policy.resendSeconds * 1000))
  if (now.getTime() >= Date.parse(active.expiresAt))
    return { ok: false, code: active, violation: refusal('SMS.CODE_EXPIRED', `验证码已过期（有效期 ${policy.ttlMinutes} 分钟），请重新获取`, resendAt, 'code') }
  if (active.wrongAttempts >= policy.maxWrongAttempts)
    return { ok: false, code: active, violation: refusal('SMS.CODE_LOCKED', `验证码输错已达 ${policy.maxWrongAttempts} 次，已失效，请于 ${chinaClock(resendAt)} 后重新获取`, resendAt, 'code') }
  if (matches(active)) return { ok: true, code: { ...active, usedAt: now.toISOString() } }
  const wrongAttempts = active.wrongAttempts + 1
  const left = policy.maxWrongAttempts - wrongAttempts
  const burnt = { ...active, wrongAttempts }
  return left > 0
    ? { ok: false, code: burnt, violation: refusal('SMS.CODE_WRONG', `验证码不正确，还可以再试 ${left} 次`, null, 'code') }
    : { ok: false, code: burnt, violation: refusal('SMS.CODE_LOCKED', `验证码输错已达 ${policy.maxWrongAttempts} 次，已失效，请于 ${chinaClock(resendAt)} 后重新获取`, resendAt, 'code') }
}
