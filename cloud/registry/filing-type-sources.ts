import type { VerifiedTypeInput } from '../../types/api/filing'
import { FINISHED_ORDER_STATUSES } from '../../types/order-status'
import { provinceRules } from '../../domain/province-rules'
import type { FilingTypeFacts, RegistrySubject, RegistryWebsite } from '../../domain/filing-type/facts'
import { firstRow } from '../kernel/query'
import type { Database } from '../kernel/wx'

/**
 * Gathers the facts for 验证备案类型 from the document database: our orders and
 * subjects, the legacy system, and the regulator registry (a sandbox locally;
 * what reviewers recorded from MIIT in production). Queries run in parallel.
 */
export async function gatherFilingTypeFacts(
  db: Database,
  input: VerifiedTypeInput,
  openid: string
): Promise<FilingTypeFacts> {
  const _ = db.command
  const certificateKey = input.certificateNumber
  const open = _.nin([...FINISHED_ORDER_STATUSES])
  const [ownOpen, certOpen, ourSubject, legacy, subject, website] = await Promise.all([
    firstRow(db.collection('orders').where({ ownerOpenid: openid, status: open })),
    firstRow(db.collection('orders').where({ certificateKey, status: open, ownerOpenid: _.neq(openid) })),
    firstRow<{ ownerOpenid: string }>(db.collection('subjects').where({ certificateKey })),
    firstRow(db.collection('legacy_filings').where({ certificateKey, domains: input.domain.ascii, claimed: _.neq(true) })),
    firstRow<RegistrySubject>(db.collection('registry_subjects').where({ certificateKey })),
    firstRow<RegistryWebsite>(db.collection('registry_websites').where({ domains: input.domain.ascii }))
  ])
  return {
    accountHasOpenOrder: ownOpen !== null,
    certificateHasOpenOrderInOtherAccount: certOpen !== null,
    certificateFiledInOtherAccount: ourSubject !== null && ourSubject.ownerOpenid !== openid,
    legacyRecordExists: legacy !== null,
    subject,
    website,
    shellSubjectMayAddSite: provinceRules(input.province).shellSubjectMayAddSite
  }
}
