import { AppFailure } from '../../types/result'
import type { OrderCommand } from '../../domain/order/commands'
import { type AttemptOutcome, DEFAULT_MIIT_SMS_POLICY, MIIT_MESSAGES, attempt, resend } from '../../domain/sms/miit-session'
import { normalizeMobile } from '../../domain/rules/contact'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { outboxSms } from '../messaging/outbox'
import { OrderRepository } from '../orders/order-repository'
import { codeMatches, hashNewCode, newCode } from './code-hash'
import { ROUNDS, type StoredRound, codeContext, miitCodeText, saveRound } from './miit-rounds'

const REGULATOR = { kind: 'regulator' } as const

/** Open sandbox rounds a phone takes part in. */
const openRoundsFor = (db: Database, phone: string) => rows<StoredRound>(db.collection(ROUNDS).where({ status: 'OPEN', mode: 'SANDBOX', 'phones.phone': phone }).limit(20))

/** The order follows its round: all verified → 管局审核; failed or timed out → 退回. */
async function settleOrder(db: Database, round: StoredRound, outcome: AttemptOutcome, reason: string, now: Date): Promise<void> {
  const repo = new OrderRepository(db)
  const order = await repo.get(round.orderId)
  if (!order || order.status !== 'SMS_VERIFICATION') return
  const cmd: OrderCommand | null =
    outcome === 'ALL_VERIFIED'
      ? { type: 'CompleteSmsVerification', actor: REGULATOR, reason }
      : outcome === 'RETURNED' || outcome === 'EXPIRED'
        ? { type: 'ReturnByRegulator', actor: REGULATOR, reasons: [{ message: reason }] }
        : null
  if (cmd) await repo.apply(order, cmd, now)
}

const RANK: Record<AttemptOutcome, number> = { ALL_VERIFIED: 6, PHONE_VERIFIED: 5, ALREADY_VERIFIED: 4, RETURNED: 3, EXPIRED: 2, WRONG: 1, NOT_OPEN: 0 }

/**
 * The sandbox MIIT site's 短信核验 (验证码 + 手机号码 + 证件号码后6位), as
 * beian.miit.gov.cn offers it. MIIT finds the application by the entry, so an
 * entry counts against every open round of that phone; the answer uses MIIT's
 * wording and never says which field was wrong.
 */
export async function verifyAtMiit(db: Database, entry: { phone: string; certLast6: string; code: string }, now: Date): Promise<{ outcome: AttemptOutcome; message: string }> {
  const phone = normalizeMobile(entry.phone)
  const found = await openRoundsFor(db, phone)
  if (!found.length) return { outcome: 'NOT_OPEN', message: MIIT_MESSAGES.NOT_FOUND }
  let best: { outcome: AttemptOutcome; message: string } = { outcome: 'NOT_OPEN', message: MIIT_MESSAGES.NOT_FOUND }
  for (const round of found) {
    // The window is fixed in the round's deadline; the attempt and resend limits are MIIT's.
    const a = attempt(round, { ...entry, phone }, now, DEFAULT_MIIT_SMS_POLICY, (p, code) => !!p.codeHash && !!p.salt && codeMatches(code, p.salt, p.codeHash, codeContext(round._id, p.phone)))
    if (!(await saveRound(db, round, a.session))) throw new AppFailure({ code: 'SMS.CONFLICT', message: '系统繁忙，请稍后重试' })
    if (a.session.status !== 'OPEN') await settleOrder(db, round, a.outcome, a.session.closeReason ?? a.message, now)
    if (RANK[a.outcome] > RANK[best.outcome]) best = { outcome: a.outcome, message: a.message }
  }
  return best
}

/** 短信重发 (phone + certificate last 6): a new code replaces the old one, at most twice per phone. */
export async function resendAtMiit(db: Database, entry: { phone: string; certLast6: string }, now: Date): Promise<{ sent: boolean; message: string; resendsLeft?: number }> {
  const phone = normalizeMobile(entry.phone)
  const found = await openRoundsFor(db, phone)
  let answer: { sent: boolean; message: string; resendsLeft?: number } = { sent: false, message: MIIT_MESSAGES.NOTHING_PENDING }
  for (const round of found) {
    const code = newCode(6)
    const d = resend(round, phone, entry.certLast6, now, DEFAULT_MIIT_SMS_POLICY, hashNewCode(code, codeContext(round._id, phone)))
    if (!d.ok) {
      if (!answer.sent && d.code === 'SMS.RESEND_LIMIT') answer = { sent: false, message: d.message, resendsLeft: 0 }
      continue
    }
    if (!(await saveRound(db, round, d.session))) throw new AppFailure({ code: 'SMS.CONFLICT', message: '系统繁忙，请稍后重试' })
    await outboxSms(db, '12381').send({ phone, code, text: miitCodeText(code, round.deadline), template: 'MIIT_CODE', params: { code }, orderId: round.orderId })
    answer = { sent: true, message: `验证码已重新发送，还可重发 ${d.resendsLeft} 次`, resendsLeft: d.resendsLeft }
  }
  return answer
}

export { settleOrder }
