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
}

export interface ApprovalEffects {
  filingNumbers: FilingNumbers
  subject: RegistrySubjectRecord
  websites: RegistryWebsiteRecord[]
}

const asciiDomains = (w: WebsiteDraft) => (w.domains ?? []).flatMap((d) => {
  const p = parseFilingDomain(d)
  return p.ok ? [p.value.ascii] : []
})

/**
 * What a 管局 approval does to the registry (spec §7.6) for the new-filing
 * types: 首次备案 issues the subject number and `-1…-n`; 新增网站 continues the
 * subject's `-N` (never reusing one); 新增接入 keeps the numbers and adds us as
 * access provider. `newSubjectNumber` is only called when one is needed.
 */
export function approvalEffects(
  order: Order,
  existing: { subject: RegistrySubjectRecord | null; websites: RegistryWebsiteRecord[] },
  newSubjectNumber: () => string
): ApprovalEffects {
  const id = order.identity
  const base: RegistrySubjectRecord = existing.subject ?? {
    certificateKey: id.certificateNumber,
    certificateType: id.certificateType,
    certificateNumber: id.certificateNumber,
    hostNature: id.hostNature,
    province: id.province,
    subjectNumber: order.type === 'FIRST_FILING' ? newSubjectNumber() : '',
    shell: false,
    ours: false,
    pendingAtRegulatorElsewhere: false,
    lastWebsiteSeq: 0
  }
  if (!base.subjectNumber) throw new Error(`order ${order._id}: ${order.type} needs the subject's existing number`)
  const subject: RegistrySubjectRecord = {
    ...base,
    name: order.subject.name ?? base.name,
    shell: false,
    ours: true,
    lastWebsiteSeq: Math.max(base.lastWebsiteSeq ?? 0, ...existing.websites.map((w) => websiteSeq(w.websiteNumber)))
  }
  const websites: RegistryWebsiteRecord[] = []
  const numbers: Record<string, string> = {}
  for (const w of order.websites) {
    const domains = asciiDomains(w)
    const filed = order.type === 'ADD_ACCESS' ? existing.websites.find((e) => e.domains.some((d) => domains.includes(d))) : undefined
    const websiteNumber = filed?.websiteNumber ?? websiteFilingNumber(subject.subjectNumber, ++subject.lastWebsiteSeq)
    numbers[w.id] = websiteNumber
    websites.push({
      websiteNumber,
      name: w.name,
      domains,
      subjectCertificateKey: subject.certificateKey,
      subjectCertificateType: subject.certificateType,
      subjectCertificateNumber: subject.certificateNumber,
      ours: true
    })
  }
  return { filingNumbers: { subject: subject.subjectNumber, websites: numbers }, subject, websites }
}
