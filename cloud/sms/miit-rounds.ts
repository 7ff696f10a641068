import type { Order, OrderEvent } from '../../types/order'
import { provinceRules } from '../../domain/province-rules'
import { maskPhone } from '../../domain/masking'
import { DEFAULT_MIIT_SMS_POLICY, type MiitSession, type MiitSmsPolicy, closeSession, openSession } from '../../domain/sms/miit-session'
import { smsRecipients } from '../../domain/sms/recipients'
import { chinaClock } from '../../domain/sms/time'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { outboxSms } from '../messaging/outbox'
import { sandboxRegulator } from '../review/reviewer'
import { hashNewCode, newCode } from './code-hash'

export const ROUNDS = 'miit_sms_rounds'

/** A round as stored: `rev` guards every write (compare-and-set). */
export type StoredRound = MiitSession & { rev: number }

/** The round's rules for an order: the province's window (spec §7.5, §11), the seeds' limits. */
export const roundPolicy = (order: Pick<Order, 'identity'>): MiitSmsPolicy => ({ ...DEFAULT_MIIT_SMS_POLICY, windowHours: provinceRules(order.identity.province).smsWindowHours })

/** Where people verify: the sandbox MIIT page locally, the MIIT site in production. */
export const verifyUrl = (): string => (sandboxRegulator() && process.env.ICP_PUBLIC_URL ? `${process.env.ICP_PUBLIC_URL.replace(/\/$/, '')}/sandbox/miit/verify` : 'https://beian.miit.gov.cn')
export const resendUrl = (): string => (sandboxRegulator() && process.env.ICP_PUBLIC_URL ? `${process.env.ICP_PUBLIC_URL.replace(/\/$/, '')}/sandbox/miit/resend` : 'https://beian.miit.gov.cn')

/** The code context: a hash is only good for its round and phone. */
export const codeContext = (roundId: string, phone: string) => `miit:${roundId}:${phone}`

/** What the (sandbox) 12381 message says. */
export const miitCodeText = (code: string, deadline: string) =>
  `【工信部ICP备案】您的短信核验验证码为 ${code}，请于 ${chinaClock(new Date(deadline))} 前登录工信部备案系统，输入验证码、手机号码和证件号码后6位完成核验。如非本人申请请忽略。`

/**
 * Opens the round of a submission to the 管局 (once: its id is the order id
 * and the version of the submitting event). With the sandbox regulator the
 * codes are made and sent at once through the local outbox, from 12381;
 * in production the round only tracks the window (codes come from 12381).
 */
export async function openRound(db: Database, order: Order, event: OrderEvent, now: Date): Promise<StoredRound> {
  const id = `${order._id}:${event.version}`
  const existing = await firstRow<StoredRound>(db.collection(ROUNDS).where({ _id: id }))
  if (existing) return existing
  const recipients = smsRecipients(order)
  const policy = roundPolicy(order)
  const mode = sandboxRegulator() ? 'SANDBOX' : 'TRACKING'
  const plain = new Map<string, string>()
  const hashed = new Map<string, { codeHash: string; salt: string }>()
  if (mode === 'SANDBOX')
    for (const r of recipients) {
      const code = newCode(6)
      plain.set(r.phone, code)
      hashed.set(r.phone, hashNewCode(code, codeContext(id, r.phone)))
    }
  const round: StoredRound = { ...openSession(order, event.version, recipients, mode, now, policy, hashed), rev: 0 }
  try {
    await db.collection(ROUNDS).add({ data: round })
  } catch {
    return (await firstRow<StoredRound>(db.collection(ROUNDS).where({ _id: id })))! // opened concurrently: theirs stands
  }
  const sms = outboxSms(db, '12381')
  for (const [phone, code] of plain) await sms.send({ phone, code, text: miitCodeText(code, round.deadline), template: 'MIIT_CODE', params: { code }, orderId: order._id })
  return round
}

/** Saves a changed round if nobody changed it since it was read. */
export async function saveRound(db: Database, before: StoredRound, after: MiitSession): Promise<boolean> {
  const { _id, ...fields } = after as StoredRound
  const _ = db.command
  const data: Record<string, unknown> = { ...fields, rev: before.rev + 1, phones: _.set(after.phones) }
  const res = (await db.collection(ROUNDS).where({ _id, rev: before.rev }).update({ data })) as { stats: { updated: number } }
  return res.stats.updated === 1
}

export const openRoundsOf = (db: Database, orderId: string) => rows<StoredRound>(db.collection(ROUNDS).where({ orderId, status: 'OPEN' }).limit(10))

/** The order left 短信核验 by other means (a reviewer's record, the timer): its open rounds end. */
export async function closeRoundsOf(db: Database, orderId: string, status: 'COMPLETED' | 'RETURNED' | 'CLOSED', reason: string, now: Date): Promise<void> {
  for (const r of await openRoundsOf(db, orderId)) await saveRound(db, r, closeSession(r, status, now, reason))
}

/** The latest round of an order (open or not). */
export const latestRound = (db: Database, orderId: string) => firstRow<StoredRound>(db.collection(ROUNDS).where({ orderId }).orderBy('openedAt', 'desc'))

/** What the applicant's order page shows: which phones are verified, the deadline, resends left — phones masked, no codes. */
export function roundView(r: StoredRound, policy: MiitSmsPolicy) {
  return {
    roundId: r._id,
    mode: r.mode,
    status: r.status,
    openedAt: r.openedAt,
    deadline: r.deadline,
    closedAt: r.closedAt,
    closeReason: r.closeReason,
    wrongEntriesLeft: Math.max(0, policy.maxConsecutiveFailures - r.consecutiveFailures),
    verifyUrl: verifyUrl(),
    resendUrl: resendUrl(),
    phones: r.phones.map((p) => ({ phone: maskPhone(p.phone), roles: p.roles, names: p.names, verified: !!p.verifiedAt, verifiedAt: p.verifiedAt, resendsLeft: Math.max(0, policy.maxResends - p.resends) }))
  }
}
