import { z } from 'zod'
import { PERSONAL_CERTIFICATE_TYPES } from '../certificate'
import { normalizeTypeFields, verifyTypeFields } from './filing'

/**
 * Inputs of the applicant's order actions. Drafts accept incomplete sections
 * (every step saves as the person goes) but never malformed values; whether an
 * order is complete and right is the pre-check's job at submission.
 */
const text = (max: number, what: string) => z.string({ error: `${what}应为文字` }).trim().max(max, `${what}不能超过 ${max} 个字`)
const optionalText = (max: number, what: string) => text(max, what).optional()

export const orderId = z.string({ error: '缺少订单编号' }).regex(/^[A-Za-z0-9_-]{8,64}$/, '订单编号格式不正确')
export const fileId = z.string({ error: '缺少文件编号' }).min(8).max(300).regex(/^cloud:\/\//, '文件编号格式不正确')

export const productInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('SERVER_IP'), ip: z.string({ error: '请选择或填写服务器公网 IP' }).trim().max(15) }),
  z.object({ kind: z.literal('AUTH_CODE'), code: z.string({ error: '请填写备案授权码' }).trim().min(4, '备案授权码格式不正确').max(64) })
], { error: '请选择产品验证方式：服务器 IP 或备案授权码' })

export const createOrderInput = verifyTypeFields.extend({ product: productInput }).transform(normalizeTypeFields)

export const principalDraft = z
  .object({
    name: optionalText(40, '姓名'),
    certificateType: z.enum(PERSONAL_CERTIFICATE_TYPES, { error: '负责人证件类型只能是个人证件' }).optional(),
    certificateNumber: optionalText(40, '证件号码'),
    hkMacaoIdNumber: optionalText(20, '港澳居民身份证号码'),
    certificateValidTo: z.union([z.literal('LONG_TERM'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '证件有效期格式应为 YYYY-MM-DD')]).optional(),
    mobile: optionalText(20, '手机号码'),
    officePhone: optionalText(24, '办公电话'),
    emergencyPhone: optionalText(24, '应急联系电话'),
    email: optionalText(100, '电子邮箱')
  })
  .strict()

export const subjectDraft = z
  .object({
    name: optionalText(100, '主办单位名称'),
    certificateAddress: optionalText(200, '证件住所'),
    mailingAddress: optionalText(200, '通信地址'),
    investor: optionalText(100, '投资人或主管单位'),
    legalRepresentative: optionalText(40, '法定代表人'),
    remark: optionalText(200, '备注'),
    principal: principalDraft.optional()
  })
  .strict()

export const websiteDraft = z
  .object({
    id: z.string({ error: '缺少网站编号' }).regex(/^[a-z0-9-]{1,32}$/, '网站编号格式不正确'),
    websiteNumber: optionalText(40, '网站备案号'),
    name: optionalText(50, '网站名称'),
    domains: z.array(text(300, '域名')).max(20, '每个网站最多 20 个域名').optional(),
    homepageUrl: optionalText(300, '首页网址'),
    ipRanges: z.array(z.object({ start: text(15, 'IP'), end: text(15, 'IP') }).strict()).max(10, '每个网站最多 10 个 IP 地址段').optional(),
    serviceType: optionalText(20, '服务类型'),
    contentTypes: z.array(text(30, '服务内容')).max(10).optional(),
    languages: z.array(text(20, '语言')).max(17).optional(),
    preApprovals: z.array(z.object({ type: text(30, '审批类型'), number: text(60, '审批号'), fileID: fileId.optional() }).strict()).max(13).optional(),
    principal: z.union([z.literal('SAME_AS_SUBJECT'), principalDraft]).optional(),
    remark: optionalText(200, '备注')
  })
  .strict()

const MATERIAL_KINDS = [
  'SUBJECT_CERTIFICATE', 'SUBJECT_PRINCIPAL_ID_FRONT', 'SUBJECT_PRINCIPAL_ID_BACK', 'WEBSITE_PRINCIPAL_ID_FRONT', 'WEBSITE_PRINCIPAL_ID_BACK',
  'SUBJECT_PRINCIPAL_AUTH_LETTER', 'WEBSITE_PRINCIPAL_AUTH_LETTER', 'RESIDENCE_PROOF', 'PARTY_BUILDING_LETTER', 'COMMITMENT_LETTER',
  'DOMAIN_CERTIFICATE', 'CONSTRUCTION_PLAN'
] as const

export const orderRefInput = z.object({ orderId })
export const saveSubjectInput = z.object({ orderId, subject: subjectDraft })
export const saveWebsitesInput = z.object({ orderId, websites: z.array(websiteDraft).max(30, '一个订单最多 30 个网站') })
export const saveMaterialsInput = z.object({
  orderId,
  materials: z.array(z.object({ kind: z.enum(MATERIAL_KINDS, { error: '资料类型不正确' }), fileID: fileId, websiteId: z.string().max(32).optional() }).strict()).max(60)
})
export const saveVerificationInput = z.object({ orderId, fileID: fileId })
export const submitOrderInput = z.object({ orderId, agreementsAccepted: z.boolean({ error: '请阅读并同意备案相关协议' }) })
export const orderReasonInput = z.object({ orderId, reason: optionalText(200, '原因') })
export const listOrdersInput = z.object({})

/** Steps a QR handoff can open (the wizard's steps). */
export const HANDOFF_STEPS = ['subject', 'websites', 'materials', 'verification', 'confirm'] as const
export const createHandoffInput = z.object({ orderId, step: z.enum(HANDOFF_STEPS, { error: '步骤不正确' }) })
/** The mini-program code's scene: `h=` and a 24-character token (≤ 32 characters, WeChat's limit). */
export const HANDOFF_SCENE = /^h=[A-Za-z0-9_-]{24}$/
export const redeemHandoffInput = z.object({ scene: z.string({ error: '二维码内容缺失' }).trim().regex(HANDOFF_SCENE, '二维码无效，请让对方重新生成') })
