import type { FiledSnapshot, OrderIdentity, SubjectDraft, WebsiteDraft } from '../../types/order'
import type { RegistrySubjectRecord, RegistryWebsiteRecord } from '../../domain/registry/approval'
import { websiteSeq } from '../../domain/registry/filing-number'
import { unicodeDomain } from '../../domain/rules/domain-name'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'

/** A subject in an account's 我的备案 (`subjects`), with its registry records. */
export interface FiledSubject {
  /** The `subjects` document: who owns it in this system. */
  mine: { _id: string; certificateKey: string; ownerOpenid: string; subjectNumber: string; subject: SubjectDraft }
  registry: (RegistrySubjectRecord & { _id: string }) | null
  websites: Array<RegistryWebsiteRecord & { _id: string }>
}

/** The filed subject with this number, if it is in someone's 我的备案. */
export async function findFiledSubject(db: Database, subjectNumber: string): Promise<FiledSubject | null> {
  const mine = await firstRow<FiledSubject['mine']>(db.collection('subjects').where({ subjectNumber }))
  if (!mine) return null
  const [registry, websites] = await Promise.all([
    firstRow<RegistrySubjectRecord & { _id: string }>(db.collection('registry_subjects').where({ certificateKey: mine.certificateKey })),
    rows<RegistryWebsiteRecord & { _id: string }>(db.collection('registry_websites').where({ subjectCertificateKey: mine.certificateKey }).limit(1000))
  ])
  websites.sort((a, b) => websiteSeq(a.websiteNumber) - websiteSeq(b.websiteNumber))
  return { mine, registry, websites }
}

/**
 * The filed websites as wizard drafts (ids w1…wn by number), starting from
 * what was filed through us and falling back to the registry's name and domains.
 */
export function filedWebsites(filed: FiledSubject, numbers?: readonly string[]): WebsiteDraft[] {
  const chosen = numbers ? filed.websites.filter((w) => numbers.includes(w.websiteNumber)) : filed.websites
  return chosen.map((w) => {
    const base = w.website ?? { id: '', name: w.name, domains: w.domains, principal: 'SAME_AS_SUBJECT' as const }
    return { ...base, id: `w${websiteSeq(w.websiteNumber)}`, websiteNumber: w.websiteNumber, name: base.name ?? w.name, domains: w.domains.map(unicodeDomain) }
  })
}

export const snapshotOf = (filed: FiledSubject, numbers?: readonly string[]): FiledSnapshot => ({ subject: filed.mine.subject ?? {}, websites: filedWebsites(filed, numbers) })

/** The identity an operation order carries: the filed subject's, with a domain of the websites it acts on. */
export function identityOf(filed: FiledSubject, websites: WebsiteDraft[]): OrderIdentity {
  const r = filed.registry
  const domain = websites[0]?.domains?.[0] ?? filed.websites[0]?.domains[0] ?? ''
  const ascii = filed.websites.flatMap((w) => w.domains).find((d) => unicodeDomain(d) === domain) ?? domain
  return {
    province: r?.province ?? '',
    hostNature: (r?.hostNature ?? 'PERSONAL') as OrderIdentity['hostNature'],
    certificateType: (r?.certificateType ?? 'RESIDENT_ID') as OrderIdentity['certificateType'],
    certificateNumber: r?.certificateNumber ?? filed.mine.certificateKey,
    domain: { ascii, unicode: domain }
  }
}
