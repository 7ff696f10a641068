import { z } from 'zod'
import { HOST_NATURES } from '../host-nature'
import type { OrderStatus } from '../order-status'
import { orderId } from './orders'

/** Inputs of the review function's actions (the reviewer admin page). */
export const REVIEW_TABS = ['INITIAL', 'TO_SUBMIT', 'RETURNED', 'SMS', 'REGULATOR'] as const
export type ReviewTab = (typeof REVIEW_TABS)[number]

/** The order statuses each reviewer queue (tab) holds. */
export const REVIEW_TAB_STATUSES: Record<ReviewTab, readonly OrderStatus[]> = {
  INITIAL: ['PENDING_INITIAL_REVIEW', 'RESUBMITTED'],
  TO_SUBMIT: ['PENDING_SUBMISSION'],
  RETURNED: ['RETURNED_BY_MIIT'],
  SMS: ['SMS_VERIFICATION'],
  REGULATOR: ['REGULATOR_REVIEW']
}

const text = (max: number, what: string) => z.string({ error: `${what}应为文字` }).trim().max(max, `${what}不能超过 ${max} 个字`)

export const loginInput = z.object({
  username: z.string({ error: '请输入用户名' }).trim().toLowerCase().min(1, '请输入用户名').max(32),
  password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(200)
})
export const emptyInput = z.object({})

export const queueInput = z.object({
  tab: z.enum(REVIEW_TABS, { error: '队列不正确' }).default('INITIAL'),
  province: z.string().regex(/^\d{2}$/, '省份代码应为两位数字').optional(),
  type: z.string().max(32).optional(),
  hostNature: z.enum(HOST_NATURES as unknown as [string, ...string[]], { error: '主办单位性质不正确' }).optional(),
  /** Waiting at least this many (natural) days in the current status. */
  minAgeDays: z.number().int().min(0).max(365).optional(),
  /** Only orders I hold / nobody holds. */
  claim: z.enum(['ANY', 'MINE', 'UNCLAIMED']).default('ANY'),
  sort: z.enum(['WAITING_LONGEST', 'WAITING_SHORTEST']).default('WAITING_LONGEST'),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(50)
})
export type QueueInput = z.output<typeof queueInput>

export const orderRef = z.object({ orderId })
export const reassignInput = z.object({ orderId, username: z.string({ error: '请选择备案专员' }).trim().toLowerCase().min(1).max(32) })
export const materialFileInput = z.object({ orderId, fileID: z.string().min(8).max(300) })

/** A reason given to the applicant: from the catalogue (code) or free text, about a field or material. */
export const reasonInput = z
  .object({
    code: z.string().regex(/^R\d{2,3}$/, '驳回原因代码不正确').optional(),
    field: z.string().regex(/^[A-Za-z0-9_.@-]{1,120}$/, '字段路径不正确').optional(),
    message: text(300, '原因').min(1, '请填写原因')
  })
  .strict()

export const approveInput = z.object({ orderId, note: text(500, '备注').optional() })
export const requestMaterialsInput = z.object({
  orderId,
  reasons: z.array(reasonInput).min(1, '请勾选需要完善的信息或资料').max(60),
  note: text(500, '说明').optional()
})
export const rejectInput = z.object({
  orderId,
  reasons: z.array(reasonInput).min(1, '请至少选择一个驳回原因').max(40),
  note: text(500, '补充说明').optional()
})
export const recordCallInput = z.object({
  orderId,
  field: z.string().regex(/^(subject|websites\.[a-z0-9-]+)\.principal\.(mobile|officePhone|emergencyPhone)$/, '请选择拨打的联系电话'),
  answered: z.boolean({ error: '请选择是否接通' }),
  note: text(300, '通话记录').optional()
})
export const regulatorReasonsInput = z.object({
  orderId,
  reasons: z.array(reasonInput).min(1, '请填写原因').max(20),
  note: text(500, '说明').optional()
})
export const filingNumbersInput = z.object({
  orderId,
  filingNumbers: z.object({
    subject: text(40, '主体备案号').min(1, '请填写主体备案号'),
    websites: z.record(z.string().regex(/^[a-z0-9-]{1,32}$/), text(44, '网站备案号'))
  })
})

/** 被动取消接入 (seed ch. 6): why the provider withdraws its access. */
export const PASSIVE_CANCELLATION_REASONS = {
  RESOURCE_EXPIRED: '服务器等资源到期未续费',
  VIOLATION: '网站存在违法违规内容',
  REGULATOR_DEMAND: '根据主管部门（管局）要求',
  NO_ACCESS: '网站未使用本接入商的服务器（接入信息不实）'
} as const

export const websiteLookupInput = z.object({ query: text(80, '域名或网站备案号').min(3, '请输入域名或网站备案号') })

export const passiveCancellationInput = z.object({
  websiteNumber: text(44, '网站备案号').min(8, '请选择网站'),
  reason: z.enum(Object.keys(PASSIVE_CANCELLATION_REASONS) as [keyof typeof PASSIVE_CANCELLATION_REASONS], { error: '请选择被动取消接入的原因' }),
  note: text(300, '说明').optional()
})
