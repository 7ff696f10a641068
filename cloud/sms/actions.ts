import { AppFailure } from '../../types/result'
import { ORDER_STATUS_LABELS } from '../../types/order-status'
import { emptySmsInput, miitResendInput, miitVerifyInput, sendCodeInput, smsStatusInput, subscriptionsInput, verifyCodeInput } from '../../types/api/sms'
import { SMS_ROLES_BY_TYPE } from '../../domain/sms/recipients'
import { type ActionContext, action } from '../kernel/define-function'
import { database } from '../kernel/wx'
import { senders, subscribeTemplateIds } from '../messaging/config'
import { recordSubscriptions } from '../notify/subscriptions'
import { OrderRepository } from '../orders/order-repository'
import { sandboxRegulator } from '../review/reviewer'
import { latestRound, roundPolicy, roundView } from './miit-rounds'
import { resendAtMiit, verifyAtMiit } from './miit-site'
import { phoneCodePolicy, provenPhones, sendPhoneCode, verifyPhoneCode } from './phone-codes'

const applicantOf = (ctx: ActionContext): string => {
  if (ctx.caller.kind !== 'applicant') throw new AppFailure({ code: 'AUTH.FORBIDDEN', message: '请使用申请人账号操作' })
  return ctx.caller.openid
}

const assertSandbox = () => {
  if (!sandboxRegulator()) throw new AppFailure({ code: 'SMS.SANDBOX_ONLY', message: '短信核验请在工信部备案系统（beian.miit.gov.cn）完成' })
}

const codeErrors = {
  'SMS.PHONE_INVALID': '手机号码格式不正确',
  'SMS.RESEND_TOO_SOON': '60 秒内不能重复获取（detail.retryAt）',
  'SMS.PHONE_DAILY_LIMIT': '该手机号今日次数已满（detail.retryAt）',
  'SMS.ACCOUNT_DAILY_LIMIT': '该账号今日次数已满（detail.retryAt）'
}

/** The actions of the `sms` cloud function. */
export const smsActions = {
  sendCode: action({
    summary: '发送手机号验证码（主体负责人/网站负责人手机号归属验证）：6 位，有效期 10 分钟（可配置），60 秒后可重发，每号码、每账号每日有上限；同一号码同一用途只有一个有效验证码。',
    errors: codeErrors,
    input: sendCodeInput,
    run: async ({ phone, purpose }, ctx) => {
      const db = database()
      return sendPhoneCode(db, senders(db).sms, { openid: applicantOf(ctx), phone, purpose }, ctx.now)
    }
  }),
  verifyCode: action({
    summary: '校验手机号验证码：输错 5 次后验证码失效；验证通过后该号码记为本账号已验证。',
    errors: { 'SMS.CODE_NOT_FOUND': '请先获取验证码', 'SMS.CODE_WRONG': '验证码不正确（剩余次数）', 'SMS.CODE_LOCKED': '输错次数已满，验证码失效', 'SMS.CODE_EXPIRED': '验证码已过期' },
    input: verifyCodeInput,
    run: ({ phone, purpose, code }, ctx) => verifyPhoneCode(database(), { openid: applicantOf(ctx), phone, purpose, code }, ctx.now)
  }),
  provenPhones: action({
    summary: '本账号已通过验证码验证的手机号（向导中显示“已验证”）；以及验证码规则。',
    input: emptySmsInput,
    run: async (_i, ctx) => {
      const p = phoneCodePolicy()
      return { phones: await provenPhones(database(), applicantOf(ctx)), policy: { ttlMinutes: p.ttlMinutes, resendSeconds: p.resendSeconds } }
    }
  }),
  smsStatus: action({
    summary: '订单的工信部短信核验状态（仅本人订单）：需核验的手机（脱敏）、是否已核验、截止时间、剩余重发次数、核验页面地址。',
    input: smsStatusInput,
    run: async ({ orderId }, ctx) => {
      const db = database()
      const order = await new OrderRepository(db).getOwn(orderId, applicantOf(ctx))
      const round = await latestRound(db, orderId)
      return {
        orderId,
        status: order.status,
        statusLabel: ORDER_STATUS_LABELS[order.status],
        required: SMS_ROLES_BY_TYPE[order.type].length > 0,
        sandbox: sandboxRegulator(),
        round: round ? roundView(round, roundPolicy(order)) : null
      }
    }
  }),
  subscribeTemplates: action({
    summary: '提交时向用户申请的订阅消息模板 ID（最多 3 个：审核结果、短信核验、进度提醒）。',
    input: emptySmsInput,
    run: async (_i, ctx) => {
      applicantOf(ctx)
      return { templateIds: [...new Set(Object.values(subscribeTemplateIds()))].slice(0, 3) }
    }
  }),
  recordSubscriptions: action({
    summary: '记录用户在 wx.requestSubscribeMessage 中允许的模板（每次允许可发送一条）。',
    input: subscriptionsInput,
    run: async ({ accepted }, ctx) => {
      const known = new Set(Object.values(subscribeTemplateIds()))
      const ids = accepted.filter((id) => known.has(id))
      await recordSubscriptions(database(), applicantOf(ctx), ids, ctx.now)
      return { recorded: ids }
    }
  }),
  miitVerify: action({
    summary: '沙箱管局（仅本地）：工信部短信核验 — 验证码 + 手机号码 + 证件号码后6位；连续 5 次错误后第 6 次退回；全部核验后进入管局审核。',
    errors: { 'SMS.SANDBOX_ONLY': '生产环境请在工信部备案系统核验' },
    input: miitVerifyInput,
    allowAnonymous: true,
    run: async (entry, ctx) => {
      assertSandbox()
      return verifyAtMiit(database(), entry, ctx.now)
    }
  }),
  miitResend: action({
    summary: '沙箱管局（仅本地）：短信重发 — 手机号码 + 证件号码后6位；每个号码最多重发 2 次。',
    errors: { 'SMS.SANDBOX_ONLY': '生产环境请在工信部备案系统重发' },
    input: miitResendInput,
    allowAnonymous: true,
    run: async (entry, ctx) => {
      assertSandbox()
      return resendAtMiit(database(), entry, ctx.now)
    }
  })
}
