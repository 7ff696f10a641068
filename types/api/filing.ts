import { z } from 'zod'
import { CERTIFICATE_TYPES } from '../certificate'
import { FILING_TYPES } from '../filing-type'
import { HOST_NATURES } from '../host-nature'
import { PROVINCE_CODES } from '../province'
import { type FilingDomain, parseFilingDomain } from '../../domain/rules/domain-name'
import { checkSubjectIdentity } from '../../domain/rules/subject-identity'
import { chinaDate } from '../../domain/time'

/**
 * `filing` / `verifyType` — 验证备案类型. The same schema validates the form in
 * the app (instant feedback) and the event in the cloud function.
 */
export const verifyTypeFields = z.object({
  province: z.enum(PROVINCE_CODES, { error: '请选择备案省份' }),
  hostNature: z.enum(HOST_NATURES, { error: '请选择主办单位性质' }),
  certificateType: z.enum(CERTIFICATE_TYPES, { error: '请选择证件类型' }),
  certificateNumber: z.string({ error: '请填写证件号码' }).max(64, '证件号码过长'),
  domain: z.string({ error: '请填写需备案的域名' }).max(300, '域名过长')
})

/** Runs the identity and domain rules on the verified fields and normalises them. */
export function normalizeTypeFields<T extends z.infer<typeof verifyTypeFields>>(
  input: T,
  ctx: z.RefinementCtx
): Omit<T, 'domain' | 'certificateNumber'> & { certificateNumber: string; domain: FilingDomain } {
  const identity = checkSubjectIdentity(input, chinaDate(new Date()))
  const domain = parseFilingDomain(input.domain)
  for (const r of [identity, domain]) {
    if (!r.ok)
      ctx.addIssue({
        code: 'custom',
        message: r.violation.message,
        path: r.violation.field ? [r.violation.field] : [],
        params: { code: r.violation.code }
      })
  }
  if (!identity.ok || !domain.ok) return z.NEVER
  return { ...input, certificateNumber: identity.value, domain: domain.value }
}

export const verifyTypeInput = verifyTypeFields.transform(normalizeTypeFields)

export type VerifyTypeInput = z.input<typeof verifyTypeInput>
export type VerifiedTypeInput = z.output<typeof verifyTypeInput>

export const verifyTypeResult = z.object({
  filingType: z.enum(FILING_TYPES),
  filingTypeLabel: z.string(),
  explanation: z.string(),
  domain: z.object({ ascii: z.string(), unicode: z.string() }),
  certificateNumber: z.string()
})

export type VerifyTypeResult = z.infer<typeof verifyTypeResult>
