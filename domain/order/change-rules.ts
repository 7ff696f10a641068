import type { FieldChange, Order, PrincipalDraft, WebsiteDraft } from '../../types/order'
import { provinceRules } from '../province-rules'
import { asciiDomain } from '../rules/domain-name'
import type { RuleViolation } from '../rules/violation'
import { diff } from './diff'

/**
 * 变更备案 (spec §2.4, seed ch. 5): what a change order changes against the
 * filed data, and the rules only a change has — only changed items are
 * touched, domains may only be deleted, and the cases that must be filed as
 * 变更备案 (subject and websites together).
 */
export const CHANGE_TYPES = ['CHANGE_SUBJECT', 'CHANGE_WEBSITE', 'CHANGE_BOTH'] as const
export const isChange = (type: string) => (CHANGE_TYPES as readonly string[]).includes(type)

/** A rule problem of a change, placed at the wizard step where it is fixed. */
export interface ChangeProblem {
  code: string
  message: string
  step: 'subject' | 'websites'
  field?: string
}

const CONTACT_FIELDS = ['mobile', 'officePhone', 'emergencyPhone', 'email'] as const
const IDENTITY_FIELDS = ['name', 'certificateType', 'certificateNumber'] as const


/** Every field the order changes, as dotted paths with before and after. */
export function changesOf(order: Pick<Order, 'original' | 'subject' | 'websites'>): FieldChange[] {
  if (!order.original) return []
  return [...diff(order.original.subject, order.subject, 'subject'), ...diff(order.original.websites, order.websites, 'websites')]
}

const principalOf = (w: WebsiteDraft | undefined, subject: PrincipalDraft | undefined) =>
  !w?.principal || w.principal === 'SAME_AS_SUBJECT' ? subject : w.principal

const changed = (a: PrincipalDraft | undefined, b: PrincipalDraft | undefined, fields: readonly (keyof PrincipalDraft)[]) =>
  fields.some((f) => (a?.[f] ?? '') !== (b?.[f] ?? ''))

/** Did the 主体负责人 (the legal representative for units) become someone else? */
export function subjectPrincipalReplaced(order: Pick<Order, 'original' | 'subject'>): boolean {
  const before = order.original?.subject
  if (!before) return false
  return changed(before.principal, order.subject.principal, IDENTITY_FIELDS) || (before.legalRepresentative ?? '') !== (order.subject.legalRepresentative ?? '')
}

/** Websites whose 网站负责人 became another person. */
export function websitePrincipalsReplaced(order: Pick<Order, 'original' | 'subject' | 'websites'>): WebsiteDraft[] {
  const before = order.original
  if (!before) return []
  return order.websites.filter((w) => {
    const was = before.websites.find((o) => o.id === w.id)
    return was && changed(principalOf(was, before.subject.principal), principalOf(w, order.subject.principal), IDENTITY_FIELDS)
  })
}

/** Why this change must be filed as 变更备案 (both), or null (seed ch. 5 须知). */
export function changeBothRequiredBecause(order: Pick<Order, 'identity' | 'original' | 'subject' | 'websites'>): string | null {
  const before = order.original
  if (!before) return null
  if (provinceRules(order.identity.province).legalRepChangeNeedsChangeBoth && subjectPrincipalReplaced(order))
    return '本省管局要求：主体负责人（法定代表人）变更时须办理“变更备案”（主体和网站一起变更），并提供新的网站负责人授权书'
  const contactChanged =
    changed(before.subject.principal, order.subject.principal, CONTACT_FIELDS) ||
    order.websites.some((w) => {
      const was = before.websites.find((o) => o.id === w.id)
      return changed(principalOf(was, before.subject.principal), principalOf(w, order.subject.principal), CONTACT_FIELDS)
    })
  if (!contactChanged) return null
  if (order.identity.hostNature === 'PERSONAL') return '个人备案的联系方式（手机、邮箱、固定电话、应急联系电话）变更须办理“变更备案”，不能单独变更主体或网站'
  const sameResponsible = order.websites.every((w) => !w.principal || w.principal === 'SAME_AS_SUBJECT' || w.principal.certificateNumber === order.subject.principal?.certificateNumber)
  if (sameResponsible) return '主体负责人与网站负责人为同一人时，联系方式变更须办理“变更备案”，不能单独变更主体或网站'
  return null
}

/**
 * A website list a change may save: the filed websites only (none added or
 * removed — use 新增网站 / 注销网站), each keeping a subset of its domains.
 */
export function changeWebsitesViolation(original: WebsiteDraft[], websites: WebsiteDraft[]): RuleViolation | null {
  const ids = new Set(original.map((w) => w.id))
  if (websites.length !== original.length || websites.some((w) => !ids.has(w.id)))
    return { code: 'CHANGE.WEBSITE_SET', message: '变更备案不能增加或删除网站：新增网站请办理“新增网站”，删除网站请办理“注销网站”', field: 'websites' }
  for (const w of websites) {
    const filed = new Set((original.find((o) => o.id === w.id)?.domains ?? []).map(asciiDomain))
    const added = (w.domains ?? []).find((d) => !filed.has(asciiDomain(d)))
    if (added)
      return { code: 'CHANGE.DOMAIN_ADDED', message: `变更备案中域名只能删除，不能新增或修改（${added}）；新增域名请在变更完成后办理“新增网站”`, field: `websites.${w.id}.domains` }
    if (w.websiteNumber !== original.find((o) => o.id === w.id)?.websiteNumber)
      return { code: 'CHANGE.WEBSITE_NUMBER', message: '网站备案号不能修改', field: `websites.${w.id}.websiteNumber` }
  }
  return null
}

/** The problems only a change order can have, for the pre-check. */
export function changeProblems(order: Order): ChangeProblem[] {
  if (!isChange(order.type) || !order.original) return []
  const out: ChangeProblem[] = []
  const changes = changesOf(order)
  const step = order.type === 'CHANGE_WEBSITE' ? 'websites' : 'subject'
  if (changes.length === 0)
    out.push({ code: 'CHANGE.NOTHING_CHANGED', step, message: '还没有修改任何信息：请只修改需要变更的项，其他项保持不变' })
  const sites = changeWebsitesViolation(order.original.websites, order.websites)
  if (sites) out.push({ code: sites.code, step: 'websites', field: sites.field, message: sites.message })
  const both = order.type !== 'CHANGE_BOTH' ? changeBothRequiredBecause(order) : null
  if (both) out.push({ code: 'CHANGE.NEEDS_CHANGE_BOTH', step, message: `${both}。请放弃本订单，在“我的备案”中选择“变更备案（主体和网站）”` })
  return out
}
