import { decideFilingType } from '../../domain/filing-type/decide-filing-type'
import type { FilingTypeFacts, RegistrySubject, RegistryWebsite } from '../../domain/filing-type/facts'
import type { VerifiedTypeInput } from '../../types/api/filing'

// Given the facts, when the applicant verifies, then the type or the blocker.
const input: VerifiedTypeInput = {
  province: '41',
  hostNature: 'ENTERPRISE',
  certificateType: 'BUSINESS_LICENSE',
  certificateNumber: '91410100MA44C0NX6C',
  domain: { ascii: 'example.com', unicode: 'example.com', suffix: 'com' }
}
const none: FilingTypeFacts = {
  accountHasOpenOrder: false,
  certificateHasOpenOrderInOtherAccount: false,
  certificateFiledInOtherAccount: false,
  legacyRecordExists: false,
  subject: null,
  website: null,
  shellSubjectMayAddSite: false
}
const subject = (over: Partial<RegistrySubject> = {}): RegistrySubject => ({
  certificateType: 'BUSINESS_LICENSE',
  certificateNumber: input.certificateNumber,
  province: '41',
  hostNature: 'ENTERPRISE',
  subjectNumber: '豫ICP备2020000001号',
  shell: false,
  ours: false,
  pendingAtRegulatorElsewhere: false,
  ...over
})
const website = (over: Partial<RegistryWebsite> = {}): RegistryWebsite => ({
  websiteNumber: '豫ICP备2020000001号-1',
  subjectCertificateType: 'BUSINESS_LICENSE',
  subjectCertificateNumber: input.certificateNumber,
  ours: false,
  ...over
})

const decide = (facts: Partial<FilingTypeFacts>) => decideFilingType(input, { ...none, ...facts })
const blocker = (facts: Partial<FilingTypeFacts>) => {
  const d = decide(facts)
  return d.ok ? d.filingType : (d.violation.detail as { blocker: string }).blocker
}

describe('decideFilingType — decision table (spec §3.3, Appendix A)', () => {
  it('D1: no subject, no website → 首次备案', () => expect(decide({})).toEqual({ ok: true, filingType: 'FIRST_FILING' }))
  it('D2: subject filed with us, new domain → 新增网站（原备案在本接入商）', () =>
    expect(blocker({ subject: subject({ ours: true }) })).toBe('ADD_SITE_OURS'))
  it('D3: subject filed elsewhere, new domain → 新增网站（原备案不在本接入商）', () =>
    expect(blocker({ subject: subject() })).toBe('ADD_SITE_OTHER'))
  it('D4: subject and its website filed elsewhere → 新增接入', () =>
    expect(blocker({ subject: subject(), website: website() })).toBe('ADD_ACCESS'))
  it('D5: website already accessed with us → B11', () =>
    expect(blocker({ subject: subject({ ours: true }), website: website({ ours: true }) })).toBe('B11'))
  it('D6: domain filed, certificate not → B09', () => expect(blocker({ website: website({ subjectCertificateNumber: 'OTHER' }) })).toBe('B09'))
  it('D7: domain filed under another subject → B10', () =>
    expect(blocker({ subject: subject(), website: website({ subjectCertificateNumber: '9144030071526726XG' }) })).toBe('B10'))
  it('D8: shell subject where the province does not allow adding → B14', () =>
    expect(blocker({ subject: subject({ shell: true }) })).toBe('B14'))
  it('a shell subject may add a site where the province allows it', () =>
    expect(blocker({ subject: subject({ shell: true }), shellSubjectMayAddSite: true })).toBe('ADD_SITE_OTHER'))
})

describe('decideFilingType — blocking conditions in order (spec §3.2)', () => {
  it('B01 comes first: an open order in the account', () =>
    expect(blocker({ accountHasOpenOrder: true, certificateHasOpenOrderInOtherAccount: true })).toBe('B01'))
  it('B06: the certificate has an open order in another account', () =>
    expect(blocker({ certificateHasOpenOrderInOtherAccount: true })).toBe('B06'))
  it('B07: the subject is filed with us under another account', () =>
    expect(blocker({ certificateFiledInOtherAccount: true })).toBe('B07'))
  it('B08: a legacy record turns the filing into 认领备案', () =>
    expect(blocker({ legacyRecordExists: true, subject: subject() })).toBe('CLAIM'))
  it('B12: subject filed in another province', () => expect(blocker({ subject: subject({ province: '11' }) })).toBe('B12'))
  it('B13: subject filed with another host nature', () =>
    expect(blocker({ subject: subject({ hostNature: 'PUBLIC_INSTITUTION' }) })).toBe('B13'))
  it('B15: subject under 管局 review at another provider', () =>
    expect(blocker({ subject: subject({ pendingAtRegulatorElsewhere: true }) })).toBe('B15'))

  it('every blocker carries a Chinese message and a remedy', () => {
    const d = decide({ accountHasOpenOrder: true })
    expect(d.ok).toBe(false)
    if (!d.ok) {
      expect(d.violation.code).toBe('FILING.OPEN_ORDER_EXISTS')
      expect(d.violation.message).toContain('存在正在备案中的订单')
      expect((d.violation.detail as { remedy: string }).remedy).toMatch(/放弃/)
    }
  })
})
