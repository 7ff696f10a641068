import { z } from 'zod'
import raw from '../data/rejection-reasons.json'
import type { Order } from '../../types/order'
import { PRINCIPAL_FIELDS as ALL_PRINCIPAL_FIELDS, SUBJECT_FIELDS, WEBSITE_FIELDS as ALL_WEBSITE_FIELDS } from '../order/field-labels'
import { MATERIAL_LABELS, requiredMaterials } from '../order/materials'

// What a reviewer ticks: the entered values (not the type or the 网站负责人 choice itself).
const { certificateType: _type, ...PRINCIPAL_FIELDS } = ALL_PRINCIPAL_FIELDS
const { homepageUrl: _home, principal: _principal, ...WEBSITE_FIELDS } = ALL_WEBSITE_FIELDS

const reasonEntry = z.object({
  code: z.string().regex(/^R\d{2,3}$/),
  reason: z.string().min(2),
  remedy: z.string(),
  source: z.string(),
  field: z.string().optional(),
  active: z.boolean()
})
export type CatalogueReason = z.infer<typeof reasonEntry>

const parsed = z.object({ reasons: z.array(reasonEntry).min(1) }).safeParse(raw)
if (!parsed.success) {
  const issue = parsed.error.issues[0]
  throw new Error(`domain/data/rejection-reasons.json is invalid at ${issue.path.join('.')}: ${issue.message}`)
}
if (new Set(parsed.data.reasons.map((r) => r.code)).size !== parsed.data.reasons.length) throw new Error('domain/data/rejection-reasons.json: duplicate code')

/** The rejection-reason catalogue (spec §8.4), including retired reasons (active: false). */
export const REJECTION_REASONS: readonly CatalogueReason[] = parsed.data.reasons

export const catalogueReason = (code: string): CatalogueReason | undefined => REJECTION_REASONS.find((r) => r.code === code)

/** 电话不通 / 无人接听: may only be given after the call-back rule (spec §8.2). */
export { UNREACHABLE_REASON } from '../order/decide'

export interface ReviewableField {
  /** The path the applicant's wizard shows the reason beside, e.g. `subject.principal.mobile`, `materials.SUBJECT_CERTIFICATE`. */
  field: string
  label: string
  section: 'subject' | 'websites' | 'materials' | 'verification'
}

/**
 * What a reviewer can tick for 待完善资料 / 驳回 on this order: every field the
 * applicant entered (per section and website), every material (uploaded or
 * required) and the 真实性核验. The paths are the pre-check's, so the wizard
 * shows the reviewer's reasons where it shows its own problems.
 */
export function reviewableFields(order: Order): ReviewableField[] {
  const out: ReviewableField[] = []
  for (const [k, label] of Object.entries(SUBJECT_FIELDS)) out.push({ field: `subject.${k}`, label, section: 'subject' })
  for (const [k, label] of Object.entries(PRINCIPAL_FIELDS)) out.push({ field: `subject.principal.${k}`, label: `主体负责人${label}`, section: 'subject' })
  for (const w of order.websites) {
    const site = w.name?.trim() || w.domains?.[0] || w.id
    for (const [k, label] of Object.entries(WEBSITE_FIELDS)) out.push({ field: `websites.${w.id}.${k}`, label: `${site}：${label}`, section: 'websites' })
    if (w.principal && w.principal !== 'SAME_AS_SUBJECT')
      for (const [k, label] of Object.entries(PRINCIPAL_FIELDS)) out.push({ field: `websites.${w.id}.principal.${k}`, label: `${site}：网站负责人${label}`, section: 'websites' })
  }
  const kinds = new Map<string, string>()
  for (const m of order.materials) kinds.set(`materials.${m.kind}${m.websiteId ? `.${m.websiteId}` : ''}`, MATERIAL_LABELS[m.kind as keyof typeof MATERIAL_LABELS] ?? m.kind)
  for (const m of requiredMaterials(order)) kinds.set(`materials.${m.kind}${m.websiteId ? `.${m.websiteId}` : ''}`, m.label)
  for (const [field, label] of kinds) out.push({ field, label, section: 'materials' })
  out.push({ field: 'verification', label: '真实性核验照片', section: 'verification' })
  return out
}
