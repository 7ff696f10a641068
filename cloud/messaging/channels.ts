/**
 * The three ways the system reaches people (spec §7.9: 短信及邮件, plus WeChat
 * subscribe messages). Each has a local implementation (the outbox, a
 * collection a person can read on /dev/outbox or with `npm run outbox`) and a
 * production one (Tencent Cloud SMS, SMTP, WeChat subscribeMessage.send).
 */
export interface SmsMessage {
  phone: string
  /** The full text as the local outbox shows it. */
  text: string
  /** Template key (notice template or code purpose) and its parameters, for template-based providers. */
  template: string
  params: Record<string, string>
  /** The code, when the message carries one (shown as its own column in the local outbox). */
  code?: string
  orderId?: string
}

export interface MailMessage {
  to: string
  subject: string
  text: string
  template: string
  orderId?: string
}

export interface SubscribeMessage {
  openid: string
  templateId: string
  /** Mini-program page the message opens. */
  page: string
  /** Field name → value, already rendered. */
  data: Record<string, string>
  template: string
  orderId?: string
}

export interface SmsSender {
  readonly kind: string
  send(m: SmsMessage): Promise<{ id: string }>
}
export interface MailSender {
  readonly kind: string
  send(m: MailMessage): Promise<{ id: string }>
}
export interface SubscribeSender {
  readonly kind: string
  send(m: SubscribeMessage): Promise<{ id: string }>
}

export interface Senders {
  sms: SmsSender
  mail: MailSender
  subscribe: SubscribeSender
}

export class DeliveryError extends Error {
  constructor(readonly code: string, message: string, readonly permanent = false) {
    super(message)
  }
}
