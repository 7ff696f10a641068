import { verifyTypeInput } from '../../types/api/filing'
import { toAppError } from '../../cloud/kernel/validation'

const valid = {
  province: '11',
  hostNature: 'PERSONAL',
  certificateType: 'RESIDENT_ID',
  certificateNumber: '11010519491231002x',
  domain: 'Example.COM'
}

describe('verifyTypeInput — the schema shared by app and function', () => {
  it('normalises what it accepts', () => {
    const r = verifyTypeInput.parse(valid)
    expect(r.certificateNumber).toBe('11010519491231002X')
    expect(r.domain).toEqual({ ascii: 'example.com', unicode: 'example.com', suffix: 'com' })
  })

  it.each([
    [{ province: undefined }, 'VALIDATION.REQUIRED', 'province'],
    [{ province: '99' }, 'VALIDATION.INVALID', 'province'],
    [{ hostNature: 'ALIEN' }, 'VALIDATION.INVALID', 'hostNature'],
    [{ certificateNumber: undefined }, 'VALIDATION.REQUIRED', 'certificateNumber'],
    [{ certificateNumber: 123 }, 'VALIDATION.INVALID', 'certificateNumber'],
    [{ domain: 'www.example.com' }, 'DOMAIN.WWW_PREFIX', 'domain'],
    [{ certificateNumber: '110105194912310021' }, 'CERTIFICATE.CHECKSUM', 'certificateNumber'],
    [{ hostNature: 'ENTERPRISE' }, 'CERTIFICATE.TYPE_NOT_ALLOWED', 'certificateType']
  ])('%j → %s on %s', (patch, code, field) => {
    const event = { ...valid, ...patch }
    const r = verifyTypeInput.safeParse(event)
    expect(r.success).toBe(false)
    if (!r.success) {
      const e = toAppError(r.error, event)
      expect(e).toMatchObject({ code, field })
      expect(e.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})
