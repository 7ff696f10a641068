import { AppFailure } from '../../types/result'
import { chinaDate } from '../../domain/time'
import { maskPhone } from '../../domain/masking'
import { type ActivePhoneCode, DEFAULT_PHONE_CODE_POLICY, type PhoneCodePolicy, type PhoneCodePurpose, decideSend, decideVerify } from '../../domain/sms/phone-code'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import type { SmsSender } from '../messaging/channels'
import { codeMatches, hashNewCode, newCode } from './code-hash'

const CODES = 'phone_codes'
const SENDS = 'phone_code_sends'

type StoredCode = ActivePhoneCode & { _id: string; rev: number }

/** Policy from the function's environment (ICP_PHONE_CODE_TTL_MINUTES …), the defaults otherwise. */
export function phoneCodePolicy(env = process.env): PhoneCodePolicy {
  const n = (v: string | undefined, d: number) => (v && Number.isInteger(Number(v)) && Number(v) > 0 ? Number(v) : d)
  const d = DEFAULT_PHONE_CODE_POLICY
  return {
    ...d,
    ttlMinutes: n(env.ICP_PHONE_CODE_TTL_MINUTES, d.ttlMinutes),
    resendSeconds: n(env.ICP_PHONE_CODE_RESEND_SECONDS, d.resendSeconds),
    dailyPerPhone: n(env.ICP_PHONE_CODE_DAILY_PER_PHONE, d.dailyPerPhone),
    dailyPerAccount: n(env.ICP_PHONE_CODE_DAILY_PER_ACCOUNT, d.dailyPerAccount)
  }
}

const codeId = (purpose: PhoneCodePurpose, phone: string) => `${purpose}:${phone}`
const context = (purpose: PhoneCodePurpose, phone: string) => `phone:${purpose}:${phone}`

async function count(db: Database, where: Record<string, unknown>): Promise<number> {
  return ((await db.collection(SENDS).where(where).count()) as { total: number }).total
}

/**
 * Sends a phone ownership code: one active code per phone and purpose (a new
 * one replaces the old), six digits, kept only as a salted hash, resendable
 * after the cool-down, within the daily caps per phone and per account.
 */
export async function sendPhoneCode(db: Database, sms: SmsSender, req: { openid: string; phone: string; purpose: PhoneCodePurpose }, now: Date, policy = phoneCodePolicy()) {
  const _id = codeId(req.purpose, req.phone)
  const active = await firstRow<StoredCode>(db.collection(CODES).where({ _id }))
  const day = chinaDate(now)
  const decision = decideSend({ active, sentTodayToPhone: await count(db, { phone: req.phone, day }), sentTodayByAccount: await count(db, { openid: req.openid, day }) }, now, policy)
  if (!decision.ok) throw new AppFailure(decision.violation)
  const code = newCode(policy.codeLength)
  const next: StoredCode = { _id, phone: req.phone, purpose: req.purpose, openid: req.openid, ...hashNewCode(code, context(req.purpose, req.phone)), issuedAt: now.toISOString(), expiresAt: decision.expiresAt.toISOString(), wrongAttempts: 0, usedAt: null, rev: (active?.rev ?? 0) + 1 }
  // Replace the active code only if it is still the one we decided on (two racing sends: one wins).
  if (active) {
    const { _id: _drop, ...fields } = next
    const res = (await db.collection(CODES).where({ _id, rev: active.rev }).update({ data: fields })) as { stats: { updated: number } }
    if (res.stats.updated !== 1) throw new AppFailure({ code: 'SMS.RESEND_TOO_SOON', message: '验证码刚刚已发送，请稍后再试', field: 'phone', detail: { retryAt: new Date(now.getTime() + policy.resendSeconds * 1000).toISOString() } })
  } else {
    try {
      await db.collection(CODES).add({ data: next })
    } catch {
      throw new AppFailure({ code: 'SMS.RESEND_TOO_SOON', message: '验证码刚刚已发送，请稍后再试', field: 'phone', detail: { retryAt: new Date(now.getTime() + policy.resendSeconds * 1000).toISOString() } })
    }
  }
  await db.collection(SENDS).add({ data: { phone: req.phone, openid: req.openid, purpose: req.purpose, day, at: now.toISOString() } })
  await sms.send({ phone: req.phone, code, template: req.purpose, params: { code, minutes: String(policy.ttlMinutes) }, text: `您正在验证备案联系人手机号，验证码 ${code}，${policy.ttlMinutes} 分钟内有效。请勿告诉他人。` })
  return { phone: maskPhone(req.phone), expiresAt: decision.expiresAt.toISOString(), resendAt: decision.resendAt.toISOString(), ttlMinutes: policy.ttlMinutes }
}

/**
 * Checks an entered code. Every wrong entry is counted with a compare-and-set
 * (parallel guesses cannot slip past the limit); after the limit the code is
 * burnt and not even compared any more.
 */
export async function verifyPhoneCode(db: Database, req: { openid: string; phone: string; purpose: PhoneCodePurpose; code: string }, now: Date, policy = phoneCodePolicy()) {
  const _id = codeId(req.purpose, req.phone)
  const active = await firstRow<StoredCode>(db.collection(CODES).where({ _id }))
  // A code proves the phone to the account that asked for it; another account's code looks absent.
  const mine = active && active.openid === req.openid ? active : null
  const outcome = decideVerify(mine, (a) => codeMatches(req.code, a.salt, a.codeHash, context(req.purpose, req.phone)), now, policy)
  if (mine && outcome.code && (outcome.code.wrongAttempts !== mine.wrongAttempts || outcome.code.usedAt !== mine.usedAt)) {
    const res = (await db.collection(CODES).where({ _id, rev: mine.rev }).update({ data: { wrongAttempts: outcome.code.wrongAttempts, usedAt: outcome.code.usedAt, rev: mine.rev + 1 } })) as { stats: { updated: number } }
    if (res.stats.updated !== 1) throw new AppFailure({ code: 'SMS.CONFLICT', message: '验证过于频繁，请稍后重试', field: 'code' })
  }
  if (!outcome.ok) throw new AppFailure(outcome.violation)
  await db.collection('phone_proofs').where({ _id: `${req.openid}:${req.phone}` }).remove()
  await db.collection('phone_proofs').add({ data: { _id: `${req.openid}:${req.phone}`, openid: req.openid, phone: req.phone, purpose: req.purpose, verifiedAt: now.toISOString() } })
  return { phone: maskPhone(req.phone), verified: true, verifiedAt: now.toISOString() }
}

/** Phones this account proved with a code (shown as 已验证 in the wizard and to reviewers). */
export async function provenPhones(db: Database, openid: string): Promise<string[]> {
  return (await rows<{ phone: string }>(db.collection('phone_proofs').where({ openid }).limit(100))).map((p) => p.phone)
}
