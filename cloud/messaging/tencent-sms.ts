import { type Tc3Config, TencentCloudError, callTencentCloud } from '../tencent/tc3-client'
import { DeliveryError, type SmsMessage, type SmsSender } from './channels'

/** A Tencent Cloud SMS template (approved in the console) and the order of its parameters. */
export interface SmsTemplateRef {
  id: string
  params: string[]
}

export interface TencentSmsConfig extends Omit<Tc3Config, 'service' | 'version'> {
  /** SmsSdkAppId of the SMS application. */
  appId: string
  /** Approved signature (签名), e.g. the provider's name. */
  signName: string
  /** Template key (CONTACT_VERIFY, INITIAL_APPROVED, …) → template id and parameter order. */
  templates: Record<string, SmsTemplateRef>
}

/**
 * Production SMS through Tencent Cloud SMS `SendSms` (API 2021-01-11, TC3-signed):
 * mainland numbers as +86, the template's parameters in its order. Tencent
 * limits each variable to 12 characters for ordinary accounts; longer values
 * are cut, so templates should use short parameters.
 */
export function tencentSms(cfg: TencentSmsConfig): SmsSender {
  return {
    kind: 'tencent',
    async send(m: SmsMessage) {
      const tpl = cfg.templates[m.template]
      if (!tpl) throw new DeliveryError('SMS.TEMPLATE_NOT_CONFIGURED', `短信模板 ${m.template} 未配置（ICP_TENCENT_SMS_TEMPLATES）`, true)
      let res: { SendStatusSet?: Array<{ Code: string; Message: string; SerialNo: string }> }
      try {
        res = await callTencentCloud(
          { ...cfg, service: 'sms', version: '2021-01-11' },
          'SendSms',
          {
            PhoneNumberSet: [`+86${m.phone}`],
            SmsSdkAppId: cfg.appId,
            SignName: cfg.signName,
            TemplateId: tpl.id,
            TemplateParamSet: tpl.params.map((p) => String(m.params[p] ?? '').slice(0, 12))
          }
        )
      } catch (e) {
        if (e instanceof TencentCloudError) throw new DeliveryError(`TENCENT.${e.code}`, e.message, e.code.startsWith('InvalidParameter') || e.code.startsWith('AuthFailure'))
        throw e
      }
      const status = res.SendStatusSet?.[0]
      if (!status || status.Code !== 'Ok') throw new DeliveryError(`TENCENT.${status?.Code ?? 'NO_STATUS'}`, status?.Message ?? 'SendSms returned no status', status?.Code?.includes('Phone') ?? false)
      return { id: status.SerialNo }
    }
  }
}
