import type { Database } from '../kernel/wx'
import type { MailSender, SmsSender, SubscribeSender } from './channels'

/** An outbox entry: what a phone, mailbox or WeChat account would have received. */
export interface OutboxEntry {
  channel: 'sms' | 'email' | 'wechat'
  /** Sender: `12381` for the (sandbox) regulator's codes, the provider otherwise. */
  from: string
  phone?: string
  email?: string
  openid?: string
  subject?: string
  text: string
  code?: string
  template: string
  orderId?: string
  sentAt: string
}

/** How each channel is named to a person reading the outbox. */
export const OUTBOX_CHANNEL_LABELS: Record<OutboxEntry['channel'], string> = { sms: '短信', email: '邮件', wechat: '订阅消息' }

const OUTBOX = 'outbox'

async function put(db: Database, entry: Omit<OutboxEntry, 'sentAt'>): Promise<{ id: string }> {
  const res = (await db.collection(OUTBOX).add({ data: { ...entry, sentAt: new Date().toISOString() } })) as { _id?: string; id?: string }
  return { id: String(res._id ?? res.id ?? '') }
}

/** Local SMS: into the outbox instead of a phone. `from` is `12381` for the sandbox regulator. */
export const outboxSms = (db: Database, from = '接入商'): SmsSender => ({
  kind: 'outbox',
  send: (m) => put(db, { channel: 'sms', from, phone: m.phone, text: m.text, template: m.template, ...(m.code ? { code: m.code } : {}), ...(m.orderId ? { orderId: m.orderId } : {}) })
})

export const outboxMail = (db: Database): MailSender => ({
  kind: 'outbox',
  send: (m) => put(db, { channel: 'email', from: '接入商', email: m.to, subject: m.subject, text: m.text, template: m.template, ...(m.orderId ? { orderId: m.orderId } : {}) })
})

export const outboxSubscribe = (db: Database): SubscribeSender => ({
  kind: 'outbox',
  send: (m) =>
    put(db, {
      channel: 'wechat',
      from: '小程序订阅消息',
      openid: m.openid,
      subject: m.templateId,
      text: Object.entries(m.data).map(([k, v]) => `${k}: ${v}`).join('\n'),
      template: m.template,
      ...(m.orderId ? { orderId: m.orderId } : {})
    })
})
