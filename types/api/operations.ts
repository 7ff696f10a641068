import { z } from 'zod'

/** Inputs of the operations on existing filings: 变更, 取消接入, 注销, 转移 (spec §2.4–2.9). */
const subjectNumber = z.string({ error: '请选择备案主体' }).trim().min(6, '主体备案号格式不正确').max(40, '主体备案号格式不正确')
const websiteNumber = z.string().trim().min(8, '网站备案号格式不正确').max(44, '网站备案号格式不正确')

export const OPERATIONS = ['CHANGE_SUBJECT', 'CHANGE_WEBSITE', 'CHANGE_BOTH', 'CANCEL_ACCESS', 'CANCEL_WEBSITE', 'CANCEL_SUBJECT'] as const

export const startOperationInput = z
  .object({
    operation: z.enum(OPERATIONS, { error: '请选择要办理的业务：变更主体、变更网站、变更备案、取消接入、注销网站或注销主体' }),
    subjectNumber,
    websiteNumbers: z.array(websiteNumber).max(20).default([]),
    /** 取消接入 / 注销: the reason chosen or written (required for them). */
    reason: z.string().trim().max(200, '原因不能超过 200 个字').optional(),
    /** 取消接入 / 注销: the applicant read the consequences and confirmed. */
    confirmed: z.boolean().optional()
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.operation.startsWith('CANCEL_')) return
    if (!v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '请选择或填写原因' })
    if (v.confirmed !== true) ctx.addIssue({ code: 'custom', path: ['confirmed'], message: '请阅读并确认办理后果' })
  })

export const offerTransferInput = z.object({ subjectNumber }).strict()

export const acceptTransferInput = z
  .object({
    code: z
      .string({ error: '请输入转移码' })
      .trim()
      .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
      .pipe(z.string().regex(/^[A-Z2-9]{8}$/, '转移码为 8 位字母和数字')),
    confirmed: z.literal(true, { error: '请确认接收该备案主体' })
  })
  .strict()

export const transferRefInput = z.object({ transferId: z.string().regex(/^t[0-9a-f]{24}$/, '转移编号格式不正确') }).strict()
