import { checkSubjectIdentity } from '../../domain/rules/subject-identity'

const TODAY = '2026-11-22'

describe('checkSubjectIdentity (spec §3.1, §4.10)', () => {
  it('accepts a personal filing with a resident ID in any province', () => {
    const r = checkSubjectIdentity({ province: '44', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X' }, TODAY)
    expect(r).toEqual({ ok: true, value: '11010519491231002X' })
  })

  it('refuses a certificate type the host nature does not allow', () => {
    const r = checkSubjectIdentity({ province: '11', hostNature: 'ENTERPRISE', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X' }, TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.violation.code).toBe('CERTIFICATE.TYPE_NOT_ALLOWED')
      expect(r.violation.field).toBe('certificateType')
      expect(r.violation.message).toContain('营业执照')
    }
  })

  it('requires a unit to file in the province where its credit code was registered', () => {
    const r = checkSubjectIdentity({ province: '44', hostNature: 'ENTERPRISE', certificateType: 'BUSINESS_LICENSE', certificateNumber: '91110000600037341L' }, TODAY)
    expect(!r.ok && r.violation).toMatchObject({ code: 'CERTIFICATE.PROVINCE_MISMATCH', field: 'province' })
    expect(!r.ok && r.violation.message).toContain('北京市')
    const ok = checkSubjectIdentity({ province: '44', hostNature: 'ENTERPRISE', certificateType: 'BUSINESS_LICENSE', certificateNumber: '9144030071526726XG' }, TODAY)
    expect(ok.ok).toBe(true)
  })
})

describe('personal cross-province filings (spec §4.17, province rules)', () => {
  const beijingId = '11010519491231002X'
  it('are refused where the province allows only local IDs', () => {
    const r = checkSubjectIdentity({ province: '65', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: beijingId }, TODAY)
    expect(!r.ok && r.violation).toMatchObject({ code: 'CERTIFICATE.CROSS_PROVINCE_FORBIDDEN', field: 'province' })
    expect(!r.ok && r.violation.message).toContain('北京市')
  })
  it('are accepted where residence proof is enough (the material is asked for later)', () => {
    expect(checkSubjectIdentity({ province: '31', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: beijingId }, TODAY).ok).toBe(true)
  })
})
