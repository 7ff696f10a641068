import { z } from 'zod'
import { PHONE_CODE_PURPOSES } from '../../domain/sms/phone-code'
import { isMobile, normalizeMobile } from '../../domain/rules/contact'
import { orderId } from './orders'

/** Inputs of the `sms` cloud function (phone codes, the sandbox MIIT site, subscriptions). */
export const mobile = z
  .string({ error: '请填写手机号码' })
  .trim()
  .max(20, '手机号码格式不正确')
  .refine(isMobile, { message: '请填写正确的11位手机号码', params: { code: 'SMS.PHONE_INVALID' } })
  .transform(normalizeMobile)

const purpose = z.enum(PHONE_CODE_PURPOSES, { error: '验证码用途不正确' })
const sixDigits = z.string({ error: '请填写验证码' }).trim().regex(/^\d{6}$/, '验证码为 6 位数字')
// Six characters; a HK/Macao identity card's last 6 may end in its bracketed check character, e.g. 456(7) (浙江, §4.4).
const certLast6 = z.string({ error: '请填写证件号码后6位' }).trim().regex(/^[0-9A-Za-z()（）]{6}$/, '请填写证件号码后6位（6 个字符）').transform((s) => s.toUpperCase())

export const sendCodeInput = z.object({ phone: mobile, purpose: purpose.default('CONTACT_VERIFY') })
export const verifyCodeInput = z.object({ phone: mobile, purpose: purpose.default('CONTACT_VERIFY'), code: sixDigits })
export const miitVerifyInput = z.object({ phone: mobile, certLast6, code: sixDigits })
export const miitResendInput = z.object({ phone: mobile, certLast6 })
export const smsStatusInput = z.object({ orderId })
export const subscriptionsInput = z.object({
  /** Template ids the person allowed in wx.requestSubscribeMessage (`accept`). */
  accepted: z.array(z.string().trim().min(1).max(64)).max(10, '一次最多订阅 10 个模板')
})
export const emptySmsInput = z.object({})
