import { isHkMacaoId, miitCertificateLast6, normalizeHkMacaoId } from '../../domain/rules/hk-macao-identity'
import { precheck } from '../../domain/order/precheck'
import { smsRecipients } from '../../domain/sms/recipients'
import type { Order, PrincipalDraft } from '../../types/order'
import { T0, completePersonalOrder } from '../support/orders'

/** 浙江: 短信核验 with a 港澳居民来往内地通行证 takes the last 6 of the HK/Macao identity card (spec §4.4). */
describe('港澳居民身份证 for 浙江 短信核验', () => {
  const permitHolder: PrincipalDraft = { name: '陈大文', certificateType: 'HK_MACAO_PERMIT', certificateNumber: 'H12345678', certificateValidTo: '2035-01-01', mobile: '13905710001', email: 'chan@example.com' }
  const unitOrder = (province: string, principal: PrincipalDraft): Order => {
    const o = completePersonalOrder()
    return {
      ...o,
      identity: { ...o.identity, province, hostNature: 'ENTERPRISE', certificateType: 'BUSINESS_LICENSE', certificateNumber: '91330100MA27XXXX0X' },
      subject: { ...o.subject, principal, legalRepresentative: principal.name },
      websites: o.websites.map((w) => ({ ...w, principal: 'SAME_AS_SUBJECT' as const }))
    }
  }

  it('recognises Hong Kong and Macao identity card numbers, with either kind of bracket', () => {
    expect(isHkMacaoId('A123456(7)')).toBe(true)
    expect(isHkMacaoId('ab123456（A）')).toBe(true)
    expect(isHkMacaoId('1234567(8)')).toBe(true)
    expect(isHkMacaoId('A1234567')).toBe(false)
    expect(normalizeHkMacaoId(' a123456(7) ')).toBe('A123456（7）')
  })

  it('in 浙江 the permit holder must give the identity card, and MIIT asks for its last 6; elsewhere the permit\u2019s', () => {
    const zj = unitOrder('33', permitHolder)
    expect(precheck(zj, T0).find((p) => p.field === 'subject.principal.hkMacaoIdNumber')?.message).toContain('港澳居民身份证号码后 6 位')
    const filled = unitOrder('33', { ...permitHolder, hkMacaoIdNumber: 'A123456(7)' })
    expect(precheck(filled, T0).find((p) => p.field === 'subject.principal.hkMacaoIdNumber')).toBeUndefined()
    expect(miitCertificateLast6(filled.subject.principal!, '33')).toBe('456（7）')
    expect(smsRecipients({ ...filled, type: 'FIRST_FILING' })[0].certLast6).toEqual(['456（7）'])
    const js = unitOrder('32', { ...permitHolder, hkMacaoIdNumber: 'A123456(7)' })
    expect(precheck(js, T0).find((p) => p.field === 'subject.principal.hkMacaoIdNumber')).toBeUndefined()
    expect(smsRecipients({ ...js, type: 'FIRST_FILING' })[0].certLast6).toEqual(['345678'])
  })
})

describe('the sandbox MIIT page takes the bracketed last 6 as typed', () => {
  it('accepts 456(7) and 456（7） alike', async () => {
    const { miitVerifyInput } = await import('../../types/api/sms')
    expect(miitVerifyInput.safeParse({ phone: '13905710001', certLast6: '456(7)', code: '123456' }).success).toBe(true)
    expect(miitVerifyInput.safeParse({ phone: '13905710001', certLast6: '456（7）', code: '123456' }).success).toBe(true)
    expect(miitVerifyInput.safeParse({ phone: '13905710001', certLast6: '45<7>x', code: '123456' }).success).toBe(false)
  })
})
