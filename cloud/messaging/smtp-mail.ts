import nodemailer from 'nodemailer'
import { DeliveryError, type MailMessage, type MailSender } from './channels'
import { OUTBOUND_TIMEOUT_MS } from '../kernel/outbound'

export interface SmtpConfig {
  /** e.g. `smtps://user:pass@smtp.example.com:465` (nodemailer connection URL). */
  url: string
  /** e.g. `备案中心 <beian@example.com>` */
  from: string
}

/** Production e-mail over SMTP with nodemailer. */
export function smtpMail(cfg: SmtpConfig): MailSender {
  const transport = nodemailer.createTransport(cfg.url, { connectionTimeout: OUTBOUND_TIMEOUT_MS, greetingTimeout: OUTBOUND_TIMEOUT_MS, socketTimeout: OUTBOUND_TIMEOUT_MS })
  return {
    kind: 'smtp',
    async send(m: MailMessage) {
      try {
        const info = await transport.sendMail({ from: cfg.from, to: m.to, subject: m.subject, text: m.text })
        if (info.rejected?.length) throw new DeliveryError('MAIL.REJECTED', `收件地址被拒绝：${m.to}`, true)
        return { id: info.messageId }
      } catch (e) {
        if (e instanceof DeliveryError) throw e
        const err = e as { responseCode?: number; message?: string }
        throw new DeliveryError(`MAIL.${err.responseCode ?? 'FAILED'}`, err.message ?? 'SMTP failed', (err.responseCode ?? 0) >= 500)
      }
    }
  }
}
