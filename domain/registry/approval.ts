import type { FilingNumbers, Order, WebsiteDraft } from '../../types/order'
import { parseFilingDomain } from '../rules/domain-name'
import { websiteFilingNumber, websiteSeq } from './filing-number'

/** A subject in the registry as the approval leaves it. */
export interface RegistrySubjectRecord {
  certificateKey: string
  certificateType: string
  certificateNumber: string
  hostNature: string
  province: string
  subjectNumber: string
  name?: string
  /** 空壳主体: no website left. */
  shell: boolean
  ours: boolean
  pendingAtRegulatorElsewhere: boolean
  /** Highest `-N` ever issued: numbers are never reused. */
  lastWebsiteSeq: number
}

export interface RegistryWebsiteRecord {
  websiteNumber: string
  name?: string
  domains: string[]
  subjectCertificateKey: string
  subjectCertificateType: string
  subjectCertificateNumber: string
  ours: boolean
  /** Access providers other than us. */
  otherProviders?: number
  /** 空壳网站: no access provider left. */
  shell?: boolean
  /** The website as filed through us (网站信息), kept so a later 变更 starts from it. */
  website?: WebsiteDraft
}

/** What an approval does to the registry and to 我的备案. */
export interface ApprovalEffects {
  filingNumbers: FilingNumbers
  /** The subject afterwards; null: deleted (注销主体). */
  subject: RegistrySubjectRecord | null
  /** Websites written (new or changed). */
  websites: RegistryWebsiteRecord[]
  /** Website numbers retired (注销网站 / 注销主体); never issued again. */
  deletedWebsites: string[]
  /** The subject stays in this account's 我的备案, or leaves it. */
  ourSubject: 'KEEP' | 'REMOVE'
}

const asciiDomains = (w: WebsiteDraft) =>
  (w.domains ?? []).flatMap((d) => {
    const p = parseFilingDomain(d)
    return p.ok ? [p.value.ascii] : []
  })

const NEW_SITE_TYPES = ['FIRST_FILING', 'ADD_SITE_OURS', 'ADD_SITE_OTHER', 'ADD_ACCESS']

/**
 * What a 管局 approval (or, for 认领, the provider's) does to the registry,
 * per filing type (spec §7.6):
 * - 首次备案: new subject number, websites `-1…-n`, we are the access provider;
 * - 新增网站: the subject's next `-N` (never reusing one); 新增接入: numbers kept, we are added;
 * - 变更: fields and domains replaced, numbers kept (a removed domain becomes unfiled);
 * - 取消接入: we leave the website; with no provider left it is a 空壳网站;
 * - 注销网站: the website is deleted; the last one leaves a 空壳主体;
 * - 注销主体: the subject and all its websites are deleted;
 * - 认领备案: the legacy records become ours.
 * `newSubjectNumber` is only called when a number must be issued.
 */
export function approvalEffects(
  order: Order,
  existing: { subject: RegistrySubjectRecord | null; websites: RegistryWebsiteRecord[] },
  newSubjectNumber: () => string
): ApprovalEffects {
  const id = order.identity
  const filed = existing.subject
  if (!filed && order.type !== 'FIRST_FILING') throw new Error(`order ${order._id}: ${order.type} needs the filed subject in the registry`)
  const subject: RegistrySubjectRecord = {
    ...(filed ?? {
      certificateKey: id.certificateNumber,
      certificateType: id.certificateType,
      certificateNumber: id.certificateNumber,
      hostNature: id.hostNature,
      province: id.province,
      subjectNumber: newSubjectNumber(),
      shell: false,
      ours: false,
      pendingAtRegulatorElsewhere: false,
      lastWebsiteSeq: 0
    })
  }
  subject.lastWebsiteSeq = Math.max(subject.lastWebsiteSeq ?? 0, ...existing.websites.map((w) => websiteSeq(w.websiteNumber)))
  const link = (w: Omit<RegistryWebsiteRecord, 'subjectCertificateKey' | 'subjectCertificateType' | 'subjectCertificateNumber'>): RegistryWebsiteRecord => ({
    ...w,
    subjectCertificateKey: subject.certificateKey,
    subjectCertificateType: subject.certificateType,
    subjectCertificateNumber: subject.certificateNumber
  })
  const numbers: Record<string, string> = {}
  const websites: RegistryWebsiteRecord[] = []
  const deletedWebsites: string[] = []
  const targets = new Set(order.target?.websiteNumbers ?? [])
  let ourSubject: ApprovalEffects['ourSubject'] = 'KEEP'

  if (NEW_SITE_TYPES.includes(order.type)) {
    subject.name = order.subject.name ?? subject.name
    subject.ours = true
    subject.shell = false
    for (const w of order.websites) {
      const domains = asciiDomains(w)
      const accessed = order.type === 'ADD_ACCESS' ? existing.websites.find((e) => e.domains.some((d) => domains.includes(d))) : undefined
      const websiteNumber = accessed?.websiteNumber ?? websiteFilingNumber(subject.subjectNumber, ++subject.lastWebsiteSeq)
      numbers[w.id] = websiteNumber
      websites.push(link({ ...(accessed ?? {}), websiteNumber, name: w.name, domains, ours: true, shell: false, website: { ...w, websiteNumber } }))
    }
  } else if (order.type === 'CLAIM') {
    subject.ours = true
    for (const e of existing.websites) websites.push({ ...e, ours: true })
  } else if (order.type === 'CHANGE_SUBJECT' || order.type === 'CHANGE_WEBSITE' || order.type === 'CHANGE_BOTH') {
    if (order.type !== 'CHANGE_WEBSITE') subject.name = order.subject.name ?? subject.name
    if (order.type !== 'CHANGE_SUBJECT') {
      for (const w of order.websites) {
        const current = existing.websites.find((e) => e.websiteNumber === w.websiteNumber)
        if (!current) throw new Error(`order ${order._id}: website ${w.websiteNumber} is not filed under this subject`)
        numbers[w.id] = current.websiteNumber
        websites.push({ ...current, name: w.name ?? current.name, domains: asciiDomains(w), website: { ...w, websiteNumber: current.websiteNumber } })
      }
    }
  } else if (order.type === 'CANCEL_ACCESS') {
    for (const e of existing.websites.filter((x) => targets.has(x.websiteNumber)))
      websites.push({ ...e, ours: false, shell: !(e.otherProviders ?? 0) })
    subject.ours = existing.websites.some((e) => e.ours && !targets.has(e.websiteNumber))
    if (!subject.ours) ourSubject = 'REMOVE'
  } else if (order.type === 'CANCEL_WEBSITE') {
    deletedWebsites.push(...existing.websites.filter((x) => targets.has(x.websiteNumber)).map((x) => x.websiteNumber))
    subject.shell = existing.websites.every((e) => targets.has(e.websiteNumber))
  } else if (order.type === 'CANCEL_SUBJECT') {
    deletedWebsites.push(...existing.websites.map((x) => x.websiteNumber))
    return { filingNumbers: { subject: subject.subjectNumber, websites: {} }, subject: null, websites: [], deletedWebsites, ourSubject: 'REMOVE' }
  }
  return { filingNumbers: { subject: subject.subjectNumber, websites: numbers }, subject, websites, deletedWebsites, ourSubject }
}
