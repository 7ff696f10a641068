import type { Order } from '../../types/order'
import type { SmsRecipient } from './recipients'

/**
 * 工信部短信核验 (spec §7.5) as a pure decider over one verification round of
 * an order: who must answer, by when, how many wrong entries and resends.
 * SANDBOX rounds hold the (hashed) codes the sandbox regulator sent; TRACKING
 * rounds (production: codes come from 12381 and are entered on the MIIT site)
 * only track the window, remind people, and return the order when it runs out.
 */
export interface MiitSmsPolicy {
  /** Validity of the codes: the province's `smsWindowHours` (24 h; 48 h in the 2018 pilot). */
  windowHours: number
  /** Consecutive wrong entries after which the next attempt returns the order. */
  maxConsecutiveFailures: number
  /** Resends per phone; a further request sends nothing. */
  maxResends: number
  /** Remind the phones not yet verified this many hours before the window closes. */
  remindHoursBefore: number
}

export const DEFAULT_MIIT_SMS_POLICY: MiitSmsPolicy = { windowHours: 24, maxConsecutiveFailures: 5, maxResends: 2, remindHoursBefore: 6 }

export interface MiitPhone extends SmsRecipient {
  /** Salted hash of the code last sent (SANDBOX rounds only). */
  codeHash: string | null
  salt: string | null
  sentAt: string | null
  resends: number
  verifiedAt: string | null
}

export type MiitSessionStatus = 'OPEN' | 'COMPLETED' | 'RETURNED' | 'CLOSED'

export interface MiitSession {
  /** `<orderId>:<version of the event that opened it>`: one round per submission, created once. */
  _id: string
  orderId: string
  mode: 'SANDBOX' | 'TRACKING'
  openedAt: string
  deadline: string
  status: MiitSessionStatus
  consecutiveFailures: number
  phones: MiitPhone[]
  remindedAt: string | null
  closedAt: string | null
  closeReason: string | null
}

/** MIIT's own wording (spec §7.5 mechanics 4–6). */
export const MIIT_MESSAGES = {
  NOT_FOUND: '该条验证库里找不到记录',
  PHONE_DONE: '您的短信核验完成，请等待其他核验人进行短信核验',
  ALL_DONE: '您的短信核验已全部完成，该请求将提交管局审核',
  FAILED: '短信核验失败，请联系接入商查询核验结果',
  TIMEOUT: '短信核验超时（验证码有效期已过），备案申请已退回接入商',
  NOTHING_PENDING: '暂无待短信核验的备案申请，无需重发短信',
  RESEND_LIMIT: '短信重发次数已达上限，本次不再发送'
} as const

export function openSession(order: Order, openedByVersion: number, recipients: SmsRecipient[], mode: MiitSession['mode'], now: Date, policy: MiitSmsPolicy, codes?: Map<string, { codeHash: string; salt: string }>): MiitSession {
  return {
    _id: `${order._id}:${openedByVersion}`,
    orderId: order._id,
    mode,
    openedAt: now.toISOString(),
    deadline: new Date(now.getTime() + policy.windowHours * 3600_000).toISOString(),
    status: 'OPEN',
    consecutiveFailures: 0,
    phones: recipients.map((r) => {
      const c = codes?.get(r.phone)
      return { ...r, codeHash: c?.codeHash ?? null, salt: c?.salt ?? null, sentAt: c ? now.toISOString() : null, resends: 0, verifiedAt: null }
    }),
    remindedAt: null,
    closedAt: null,
    closeReason: null
  }
}

export interface VerificationEntry {
  phone: string
  certLast6: string
  code: string
}

export type AttemptOutcome =
  | 'WRONG'
  | 'PHONE_VERIFIED'
  | 'ALL_VERIFIED'
  | 'ALREADY_VERIFIED'
  /** The 6th attempt after 5 consecutive wrong entries: the order is returned. */
  | 'RETURNED'
  | 'EXPIRED'
  | 'NOT_OPEN'

export interface Attempt {
  outcome: AttemptOutcome
  message: string
  session: MiitSession
}

const close = (s: MiitSession, status: MiitSessionStatus, now: Date, reason: string): MiitSession => ({ ...s, status, closedAt: now.toISOString(), closeReason: reason })

const expired = (s: MiitSession, now: Date) => now.getTime() >= Date.parse(s.deadline)

/**
 * One entry on the verification page (验证码 + 手机号码 + 证件号码后6位).
 * `codeMatches` compares the entered code with the phone's stored hash.
 */
/** What a person typed as 证件号码后6位: upper case, brackets as printed (full-width) on HK/Macao identity cards. */
const typedLast6 = (raw: string) => raw.trim().toUpperCase().replace(/\(/g, '（').replace(/\)/g, '）')

export function attempt(s: MiitSession, entry: VerificationEntry, now: Date, policy: MiitSmsPolicy, codeMatches: (p: MiitPhone, code: string) => boolean): Attempt {
  if (s.status !== 'OPEN' || s.mode !== 'SANDBOX') return { outcome: 'NOT_OPEN', message: MIIT_MESSAGES.NOT_FOUND, session: s }
  if (expired(s, now)) return { outcome: 'EXPIRED', message: MIIT_MESSAGES.TIMEOUT, session: close(s, 'RETURNED', now, MIIT_MESSAGES.TIMEOUT) }
  if (s.consecutiveFailures >= policy.maxConsecutiveFailures)
    return { outcome: 'RETURNED', message: MIIT_MESSAGES.FAILED, session: close(s, 'RETURNED', now, `连续 ${policy.maxConsecutiveFailures} 次输入错误，${MIIT_MESSAGES.FAILED}`) }
  const phone = s.phones.find((p) => p.phone === entry.phone)
  const certOk = !!phone && phone.certLast6.includes(typedLast6(entry.certLast6))
  // Every field is checked every time: which one was wrong is not revealed.
  const codeOk = !!phone && !!phone.codeHash && codeMatches(phone, entry.code)
  if (!phone || !certOk || !codeOk) return { outcome: 'WRONG', message: MIIT_MESSAGES.NOT_FOUND, session: { ...s, consecutiveFailures: s.consecutiveFailures + 1 } }
  if (phone.verifiedAt) return { outcome: 'ALREADY_VERIFIED', message: MIIT_MESSAGES.PHONE_DONE, session: { ...s, consecutiveFailures: 0 } }
  const phones = s.phones.map((p) => (p.phone === phone.phone ? { ...p, verifiedAt: now.toISOString() } : p))
  const next = { ...s, consecutiveFailures: 0, phones }
  return phones.every((p) => p.verifiedAt)
    ? { outcome: 'ALL_VERIFIED', message: MIIT_MESSAGES.ALL_DONE, session: close(next, 'COMPLETED', now, MIIT_MESSAGES.ALL_DONE) }
    : { outcome: 'PHONE_VERIFIED', message: MIIT_MESSAGES.PHONE_DONE, session: next }
}

export type ResendDecision = { ok: true; session: MiitSession; phone: MiitPhone; resendsLeft: number } | { ok: false; message: string; code: 'SMS.NOTHING_PENDING' | 'SMS.RESEND_LIMIT' }

/** 短信重发 (phone + certificate last 6): at most `maxResends` per phone; the new code replaces the old one. */
export function resend(s: MiitSession, phone: string, certLast6: string, now: Date, policy: MiitSmsPolicy, newCode: { codeHash: string; salt: string }): ResendDecision {
  const p = s.phones.find((x) => x.phone === phone && x.certLast6.includes(typedLast6(certLast6)))
  if (s.status !== 'OPEN' || s.mode !== 'SANDBOX' || expired(s, now) || !p || p.verifiedAt) return { ok: false, code: 'SMS.NOTHING_PENDING', message: MIIT_MESSAGES.NOTHING_PENDING }
  if (p.resends >= policy.maxResends) return { ok: false, code: 'SMS.RESEND_LIMIT', message: `${MIIT_MESSAGES.RESEND_LIMIT}（最多重发 ${policy.maxResends} 次）` }
  const updated: MiitPhone = { ...p, ...newCode, sentAt: now.toISOString(), resends: p.resends + 1 }
  return { ok: true, phone: updated, resendsLeft: policy.maxResends - updated.resends, session: { ...s, phones: s.phones.map((x) => (x.phone === phone ? updated : x)) } }
}

/** The timer's check: a round whose window ran out is returned. */
export function expire(s: MiitSession, now: Date): MiitSession | null {
  return s.status === 'OPEN' && expired(s, now) ? close(s, 'RETURNED', now, MIIT_MESSAGES.TIMEOUT) : null
}

/** Phones to remind (once per round), when the window closes within `remindHoursBefore`. */
export function reminderDue(s: MiitSession, now: Date, policy: MiitSmsPolicy): MiitPhone[] {
  if (s.status !== 'OPEN' || s.remindedAt || expired(s, now)) return []
  if (Date.parse(s.deadline) - now.getTime() > policy.remindHoursBefore * 3600_000) return []
  return s.phones.filter((p) => !p.verifiedAt)
}

/** The order moved on by other means (a reviewer recorded the outcome, or it left the 短信核验 step). */
export const closeSession = (s: MiitSession, status: Exclude<MiitSessionStatus, 'OPEN'>, now: Date, reason: string): MiitSession => (s.status === 'OPEN' ? close(s, status, now, reason) : s)
