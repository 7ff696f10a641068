import type { NoticeTemplate } from '../../domain/notify/notices'
import type { Database } from '../kernel/wx'
import { DeliveryError, type MailSender, type Senders, type SmsSender, type SubscribeSender } from './channels'
import { outboxMail, outboxSms, outboxSubscribe } from './outbox'
import { smtpMail } from './smtp-mail'
import { type SmsTemplateRef, tencentSms } from './tencent-sms'
import { wechatSubscribe } from './wechat-subscribe'

/** Under the local runtime everything goes to the outbox unless configured otherwise. */
const isLocal = () => !!process.env.ICP_LOCAL_SERVICE_URL

const json = <T>(name: string): T | null => {
  const raw = process.env[name]
  if (!raw) return null
  try {
    return JSON.parse(raw) as T
  } catch {
    throw new Error(`${name} is not valid JSON`)
  }
}

/** A sender that refuses with the missing setting named: a misconfiguration is a visible failed delivery, never a silent outbox. */
const unconfigured = (kind: string, setting: string) => ({
  kind: 'unconfigured',
  send: async (): Promise<{ id: string }> => {
    throw new DeliveryError('DELIVERY.NOT_CONFIGURED', `${kind}未配置：请设置 ${setting}`, true)
  }
})

function smsSender(db: Database, env = process.env): SmsSender {
  const choice = env.ICP_SMS ?? (isLocal() ? 'outbox' : 'tencent')
  if (choice === 'outbox') return outboxSms(db)
  const templates = json<Record<string, SmsTemplateRef>>('ICP_TENCENT_SMS_TEMPLATES')
  if (!env.TENCENTCLOUD_SECRET_ID || !env.TENCENTCLOUD_SECRET_KEY || !env.ICP_TENCENT_SMS_APP_ID || !env.ICP_TENCENT_SMS_SIGN || !templates)
    return unconfigured('腾讯云短信', 'TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY、ICP_TENCENT_SMS_APP_ID、ICP_TENCENT_SMS_SIGN、ICP_TENCENT_SMS_TEMPLATES')
  return tencentSms({
    secretId: env.TENCENTCLOUD_SECRET_ID,
    secretKey: env.TENCENTCLOUD_SECRET_KEY,
    endpoint: env.ICP_TENCENT_SMS_ENDPOINT ?? 'https://sms.tencentcloudapi.com',
    region: env.TENCENTCLOUD_REGION ?? 'ap-guangzhou',
    appId: env.ICP_TENCENT_SMS_APP_ID,
    signName: env.ICP_TENCENT_SMS_SIGN,
    templates
  })
}

function mailSender(db: Database, env = process.env): MailSender {
  const choice = env.ICP_MAIL ?? (isLocal() ? 'outbox' : 'smtp')
  if (choice === 'outbox') return outboxMail(db)
  if (!env.ICP_SMTP_URL || !env.ICP_MAIL_FROM) return unconfigured('邮件（SMTP）', 'ICP_SMTP_URL、ICP_MAIL_FROM')
  return smtpMail({ url: env.ICP_SMTP_URL, from: env.ICP_MAIL_FROM })
}

function subscribeSender(db: Database, env = process.env): SubscribeSender {
  const choice = env.ICP_SUBSCRIBE ?? (isLocal() ? 'outbox' : 'wechat')
  if (choice === 'outbox') return outboxSubscribe(db)
  if (!env.ICP_WECHAT_APPID || !env.ICP_WECHAT_SECRET) return unconfigured('小程序订阅消息', 'ICP_WECHAT_APPID、ICP_WECHAT_SECRET')
  return wechatSubscribe({ endpoint: env.ICP_WECHAT_API ?? 'https://api.weixin.qq.com', appId: env.ICP_WECHAT_APPID, secret: env.ICP_WECHAT_SECRET, miniprogramState: (env.ICP_WECHAT_MP_STATE as 'formal' | 'trial' | 'developer' | undefined) ?? 'formal' })
}

export const senders = (db: Database): Senders => ({ sms: smsSender(db), mail: mailSender(db), subscribe: subscribeSender(db) })

/** Subscribe-message kinds the wizard asks for (WeChat allows three template ids per request). */
const LOCAL_SUBSCRIBE_IDS: Record<NoticeTemplate, string> = {
  INITIAL_APPROVED: 'local-review-result',
  MATERIALS_REQUESTED: 'local-review-result',
  INITIAL_REJECTED: 'local-review-result',
  REGULATOR_APPROVED: 'local-review-result',
  REGULATOR_REJECTED: 'local-review-result',
  EXPIRED: 'local-review-result',
  SMS_WINDOW_OPEN: 'local-sms-verification',
  SMS_REMINDER: 'local-sms-verification',
  SMS_WINDOW_DONE: 'local-sms-verification',
  SMS_WINDOW_RETURNED: 'local-sms-verification',
  SUBMITTED_TO_REGULATOR: 'local-progress',
  EXPIRY_WARNING: 'local-progress',
  PASSIVE_CANCELLATION: 'local-progress'
}

/** Notice template → WeChat subscribe template id: `ICP_SUBSCRIBE_TEMPLATES` (JSON), local ids otherwise. */
export function subscribeTemplateIds(): Partial<Record<NoticeTemplate, string>> {
  return json<Partial<Record<NoticeTemplate, string>>>('ICP_SUBSCRIBE_TEMPLATES') ?? (isLocal() ? LOCAL_SUBSCRIBE_IDS : {})
}
