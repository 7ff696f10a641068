import type { Order } from '../../types/order'
import { approvalEffects, type RegistrySubjectRecord, type RegistryWebsiteRecord } from '../../domain/registry/approval'
import { websiteFilingNumber } from '../../domain/registry/filing-number'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { writeRegistryEffects } from './record-approval'

interface LegacyFiling {
  _id: string
  certificateKey: string
  domains: string[]
  subjectNumber: string
  name?: string
  claimed?: boolean
}

/**
 * 认领备案 approved by a reviewer (spec §2.8, seed ch. 9): the legacy system's
 * subject and websites become this account's 我的备案. Records missing from
 * the registry are rebuilt from the legacy filing; the legacy record is marked
 * claimed so type verification no longer asks for a claim.
 */
export async function recordClaimApproval(db: Database, order: Order, now: Date): Promise<void> {
  if (order.type !== 'CLAIM' || order.status !== 'APPROVED') return
  const key = order.certificateKey
  const legacy = await firstRow<LegacyFiling>(db.collection('legacy_filings').where({ certificateKey: key, domains: order.identity.domain.ascii }))
  const subject = await firstRow<RegistrySubjectRecord & { _id: string }>(db.collection('registry_subjects').where({ certificateKey: key }))
  const websites = await rows<RegistryWebsiteRecord & { _id: string }>(db.collection('registry_websites').where({ subjectCertificateKey: key }).limit(1000))
  const id = order.identity
  const subjectNumber = subject?.subjectNumber ?? legacy?.subjectNumber ?? ''
  const filed: RegistrySubjectRecord = subject ?? {
    certificateKey: key,
    certificateType: id.certificateType,
    certificateNumber: id.certificateNumber,
    hostNature: id.hostNature,
    province: id.province,
    subjectNumber,
    name: order.subject.name ?? legacy?.name,
    shell: false,
    ours: false,
    pendingAtRegulatorElsewhere: false,
    lastWebsiteSeq: websites.length ? 0 : 1
  }
  const sites: RegistryWebsiteRecord[] = websites.length
    ? websites
    : [{ websiteNumber: websiteFilingNumber(subjectNumber, 1), name: legacy?.name, domains: legacy?.domains ?? [id.domain.ascii], subjectCertificateKey: key, subjectCertificateType: id.certificateType, subjectCertificateNumber: id.certificateNumber, ours: false }]
  const fx = approvalEffects(order, { subject: filed, websites: sites }, () => subjectNumber)
  await writeRegistryEffects(db, order, fx, { subject: subject ?? null, websites }, now)
  if (legacy) await db.collection('legacy_filings').doc(legacy._id).update({ data: { claimed: true, claimedByOrder: order._id, claimedAt: now.toISOString() } })
}
