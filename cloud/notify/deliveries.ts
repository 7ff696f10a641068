import { type Notice, noticeTemplate, renderText } from '../../domain/notify/notices'
import { maskEmail, maskPhone } from '../../domain/masking'
import { maskForLog } from '../kernel/define-function'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { DeliveryError, type Senders } from '../messaging/channels'
import { subscribeTemplateIds } from '../messaging/config'
import { consumeSubscription } from './subscriptions'

const DELIVERIES = 'notifications'
/** Attempts before a delivery is given up (with back-off between them). */
export const MAX_ATTEMPTS = 5
/** Page of the mini-program a subscribe message opens. */
const ORDER_PAGE = 'packages/filing/order/index'

export type DeliveryStatus = 'PENDING' | 'SENDING' | 'SENT' | 'FAILED' | 'SKIPPED'

/** One message on one channel to one address. Its id is derived from the notice key: inserted once, sent once. */
export interface Delivery {
  _id: string
  noticeKey: string
  orderId: string
  template: Notice['template']
  channel: 'sms' | 'email' | 'wechat'
  to: string
  /** For lists and logs. */
  toMasked: string
  subject?: string
  text: string
  params: Record<string, string>
  templateId?: string
  status: DeliveryStatus
  attempts: number
  nextAttemptAt: string
  createdAt: string
  sentAt?: string
  providerId?: string
  error?: string
}


function deliveriesOf(n: Notice, now: Date): Delivery[] {
  const tpl = noticeTemplate(n.template)
  const wechatId = subscribeTemplateIds()[n.template]
  const at = now.toISOString()
  const base = { noticeKey: n.key, orderId: n.orderId, template: n.template, params: n.params, status: 'PENDING' as const, attempts: 0, nextAttemptAt: at, createdAt: at }
  const out: Delivery[] = []
  for (const r of n.recipients) {
    const params = { ...n.params, ...(r.name ? { name: r.name } : {}) }
    if (r.phone) out.push({ ...base, params, _id: `${n.key}:sms:${r.phone}`, channel: 'sms', to: r.phone, toMasked: maskPhone(r.phone), text: renderText(tpl.sms, params) })
    if (r.email) out.push({ ...base, params, _id: `${n.key}:email:${r.email.toLowerCase()}`, channel: 'email', to: r.email, toMasked: maskEmail(r.email), subject: renderText(tpl.email.subject, params), text: renderText(tpl.email.body, params) })
    if (r.openid && wechatId) {
      const data = Object.fromEntries(Object.entries(tpl.wechat as Record<string, string>).map(([k, v]) => [k, renderText(v, params)]))
      out.push({ ...base, params, _id: `${n.key}:wechat:${r.openid}`, channel: 'wechat', to: r.openid, toMasked: `${r.openid.slice(0, 6)}…`, templateId: wechatId, text: JSON.stringify(data) })
    }
  }
  return out
}

/**
 * Records the deliveries of some notices. A delivery whose id exists already
 * (the event was handled before: a retry, a second timer run) is not added
 * again. Returns the ids that are new.
 */
export async function enqueueNotices(db: Database, notices: Notice[], now: Date): Promise<string[]> {
  const added: string[] = []
  const seen = new Set<string>()
  for (const d of notices.flatMap((n) => deliveriesOf(n, now))) {
    if (seen.has(d._id)) continue
    seen.add(d._id)
    try {
      await db.collection(DELIVERIES).add({ data: d })
      added.push(d._id)
    } catch {
      // Already recorded: never twice.
    }
  }
  return added
}

async function sendOne(db: Database, senders: Senders, d: Delivery): Promise<{ providerId: string } | 'NOT_SUBSCRIBED'> {
  if (d.channel === 'sms') return { providerId: (await senders.sms.send({ phone: d.to, text: d.text, template: d.template, params: d.params, orderId: d.orderId })).id }
  if (d.channel === 'email') return { providerId: (await senders.mail.send({ to: d.to, subject: d.subject ?? '', text: d.text, template: d.template, orderId: d.orderId })).id }
  if (!(await consumeSubscription(db, d.to, d.templateId!))) return 'NOT_SUBSCRIBED'
  return { providerId: (await senders.subscribe.send({ openid: d.to, templateId: d.templateId!, page: `${ORDER_PAGE}?id=${d.orderId}`, data: JSON.parse(d.text), template: d.template, orderId: d.orderId })).id }
}

/**
 * Sends pending deliveries (the given ones, or every one that is due). Each is
 * first claimed by a compare-and-set on its status and attempt count, so two
 * senders running at once never both send it. Failures back off (1, 2, 4, 8
 * minutes) and are given up after MAX_ATTEMPTS or at once when permanent.
 */
export async function deliverPending(db: Database, senders: Senders, now: Date, ids?: string[], limit = 50) {
  const _ = db.command
  const query = ids ? { _id: _.in(ids), status: 'PENDING' } : { status: 'PENDING', nextAttemptAt: _.lte(now.toISOString()) }
  const due = ids && !ids.length ? [] : await rows<Delivery>(db.collection(DELIVERIES).where(query).limit(limit))
  const tally = { sent: 0, failed: 0, retry: 0, skipped: 0 }
  for (const d of due) {
    const claimed = (await db.collection(DELIVERIES).where({ _id: d._id, status: 'PENDING', attempts: d.attempts }).update({ data: { status: 'SENDING', attempts: d.attempts + 1 } })) as { stats: { updated: number } }
    if (claimed.stats.updated !== 1) continue
    let patch: Partial<Delivery>
    try {
      const r = await sendOne(db, senders, d)
      patch = r === 'NOT_SUBSCRIBED' ? { status: 'SKIPPED', error: '用户未订阅该消息' } : { status: 'SENT', sentAt: new Date().toISOString(), providerId: r.providerId }
      tally[r === 'NOT_SUBSCRIBED' ? 'skipped' : 'sent']++
    } catch (e) {
      const permanent = e instanceof DeliveryError && e.permanent
      const attempts = d.attempts + 1
      const message = maskForLog(`${e instanceof DeliveryError ? e.code : 'ERROR'}: ${(e as Error).message}`)
      console.error(`[notify] ${d.channel} to ${d.toMasked} (${d.template}) failed: ${message}`)
      const giveUp = permanent || attempts >= MAX_ATTEMPTS
      patch = giveUp ? { status: 'FAILED', error: message } : { status: 'PENDING', error: message, nextAttemptAt: new Date(now.getTime() + 2 ** (attempts - 1) * 60_000).toISOString() }
      tally[giveUp ? 'failed' : 'retry']++
    }
    await db.collection(DELIVERIES).where({ _id: d._id }).update({ data: patch })
  }
  return tally
}
