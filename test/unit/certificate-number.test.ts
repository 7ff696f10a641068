import { checkCertificateNumber } from '../../domain/rules/certificate-number'
import { isValidOrgCode, isValidUscc, usccCheckChar } from '../../domain/rules/credit-code'
import { checkResidentIdNumber, residentIdCheckChar } from '../../domain/rules/resident-id'

const TODAY = '2026-11-22'

describe('resident identity number (GB 11643, Appendix A)', () => {
  it.each(['11010519491231002X', '360426199101010071', '110101199003074477'])('accepts %s', (n) => {
    expect(checkResidentIdNumber(n, TODAY).ok).toBe(true)
  })
  it('reads birth date, gender and region', () => {
    expect(checkResidentIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      facts: { regionPrefix: '11', birthDate: '1949-12-31', gender: 'F' }
    })
  })
  it.each([
    ['110105194912310021', 'CHECKSUM'],
    ['110101199002301234', 'BIRTH_DATE'],
    ['110101209901011234', 'BIRTH_DATE'],
    ['11010519491231002', 'SHAPE'],
    ['010105194912310021', 'SHAPE']
  ])('refuses %s (%s)', (n, problem) => {
    expect(checkResidentIdNumber(n, TODAY)).toEqual({ ok: false, problem })
  })
  it('computes the MOD 11-2 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X')
  })
})

describe('unified social credit code (GB 32100, Appendix A)', () => {
  it.each(['91110000600037341L', '9144030071526726XG', '91350100M000100Y43'])('accepts %s', (c) => {
    expect(isValidUscc(c)).toBe(true)
  })
  it.each(['91110000600037341A', '91110000600037341', 'I1110000600037341L'])('refuses %s', (c) => {
    expect(isValidUscc(c)).toBe(false)
  })
  it('computes the check character', () => {
    expect(usccCheckChar('91110000600037341')).toBe('L')
  })
  it('checks the organisation code inside', () => {
    expect(isValidOrgCode('60003734-1')).toBe(true)
    expect(isValidOrgCode('600037342')).toBe(false)
  })
})

describe('checkCertificateNumber per certificate type', () => {
  it.each([
    ['RESIDENT_ID', '11010519491231002x', '11010519491231002X'],
    ['RESIDENT_ID', ' 1101 0519 4912 3100 2X ', '11010519491231002X'],
    ['HK_MACAO_PERMIT', 'H12345678', 'H12345678'],
    ['TAIWAN_PERMIT', '12345678', '12345678'],
    ['PASSPORT', 'E12345678', 'E12345678'],
    ['FOREIGN_PERMANENT_RESIDENT_ID', 'USA123456789012', 'USA123456789012'],
    ['BUSINESS_LICENSE', '91110000600037341L', '91110000600037341L'],
    ['BUSINESS_LICENSE', '110000000000000', '110000000000000'],
    ['ORG_CODE', '60003734-1', '600037341'],
    ['USCC', '９１１１００００６０００３７３４１Ｌ', '91110000600037341L']
  ] as const)('%s accepts %j', (type, input, normalized) => {
    expect(checkCertificateNumber(type, input, TODAY)).toEqual({ ok: true, value: normalized })
  })

  it.each([
    ['RESIDENT_ID', '110105194912310021', 'CERTIFICATE.CHECKSUM'],
    ['RESIDENT_ID', '110101199002301234', 'CERTIFICATE.BIRTH_DATE'],
    ['RESIDENT_ID', '12345', 'CERTIFICATE.FORMAT'],
    ['RESIDENT_ID', '', 'CERTIFICATE.REQUIRED'],
    ['HK_MACAO_RESIDENCE_PERMIT', '11010519491231002X', 'CERTIFICATE.FORMAT'],
    ['HK_MACAO_PERMIT', 'X12345678', 'CERTIFICATE.FORMAT'],
    ['BUSINESS_LICENSE', '91110000600037341A', 'CERTIFICATE.CHECKSUM'],
    ['BUSINESS_LICENSE', '1234', 'CERTIFICATE.FORMAT'],
    ['USCC', 'I1110000600037341L', 'CERTIFICATE.FORMAT'],
    ['ORG_CODE', '600037342', 'CERTIFICATE.FORMAT']
  ] as const)('%s refuses %j with %s', (type, input, code) => {
    const r = checkCertificateNumber(type, input, TODAY)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.violation).toMatchObject({ code, field: 'certificateNumber' })
      expect(r.violation.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})
