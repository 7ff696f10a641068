import { requiredMaterials } from '../../domain/order/materials'
import { precheck } from '../../domain/order/precheck'
import type { Order } from '../../types/order'
import { T0, completePersonalOrder } from '../support/orders'

const kinds = (o: Order) => requiredMaterials(o).map((m) => m.kind)
const codes = (o: Order) => precheck(o, T0).map((p) => p.code)
const inProvince = (o: Order, province: string, cert = o.identity.certificateNumber): Order => ({ ...o, identity: { ...o.identity, province, certificateNumber: cert } })

describe('materials by case and province (spec §5.2)', () => {
  it('a personal filing needs both sides of the ID', () => {
    expect(kinds(completePersonalOrder())).toEqual(['SUBJECT_PRINCIPAL_ID_FRONT', 'SUBJECT_PRINCIPAL_ID_BACK'])
  })
  it('新疆 and 西藏 need the 党建证明', () => {
    expect(kinds(inProvince(completePersonalOrder(), '65'))).toContain('PARTY_BUILDING_LETTER')
    expect(kinds(inProvince(completePersonalOrder(), '54'))).toContain('PARTY_BUILDING_LETTER')
  })
  it('广东 needs the 承诺书 on every application; 江苏 its own letter', () => {
    expect(kinds(inProvince(completePersonalOrder(), '44'))).toContain('COMMITMENT_LETTER')
    expect(requiredMaterials(inProvince(completePersonalOrder(), '32')).find((m) => m.kind === 'COMMITMENT_LETTER')?.reason).toContain('江苏')
  })
  it('a Beijing ID filing in 上海 needs a residence permit', () => {
    expect(kinds(inProvince(completePersonalOrder(), '31'))).toContain('RESIDENCE_PROOF')
  })
  it('a unit needs its certificate, and an authorisation letter where a non-legal-rep website principal must have one', () => {
    const base = completePersonalOrder()
    const unit: Order = {
      ...base,
      identity: { ...base.identity, province: '12', hostNature: 'ENTERPRISE', certificateType: 'BUSINESS_LICENSE', certificateNumber: '91120100MA9CX0D312' },
      subject: { ...base.subject, name: '天津示例有限公司', legalRepresentative: '李四', investor: '李四' },
      websites: [{ ...base.websites[0], principal: { ...base.subject.principal!, name: '王五', certificateNumber: '110101199003074477', mobile: '13900139000', email: 'wang@example.com' } }]
    }
    expect(kinds(unit)).toEqual(expect.arrayContaining(['SUBJECT_CERTIFICATE', 'WEBSITE_PRINCIPAL_ID_FRONT', 'WEBSITE_PRINCIPAL_AUTH_LETTER']))
  })
})

describe('pre-check before submission (spec §4, §8.4)', () => {
  it('finds nothing wrong with a complete order', () => expect(precheck(completePersonalOrder(), T0)).toEqual([]))

  it('catches contact rules: different people may not share a phone or e-mail (C05)', () => {
    const o = completePersonalOrder()
    const other = { ...o.subject.principal!, name: '李四', certificateNumber: '110101199003074477' }
    expect(codes({ ...o, websites: [{ ...o.websites[0], principal: other }] })).toContain('R20')
  })

  it('refuses personal sites with business content or pre-approvals (R34) and bad names (R06)', () => {
    const o = completePersonalOrder()
    const w = { ...o.websites[0], contentTypes: ['SHOPPING'], preApprovals: [{ type: 'NEWS', number: 'X1', fileID: 'cloud://f/9.jpg' }], name: '张三的论坛' }
    const found = codes({ ...o, websites: [w] })
    expect(found).toEqual(expect.arrayContaining(['R34', 'R06']))
  })

  it('needs ID validity of at least three months (R33)', () => {
    const o = completePersonalOrder()
    const expiring = { ...o, subject: { ...o.subject, principal: { ...o.subject.principal!, certificateValidTo: '2027-01-10' } } }
    expect(codes(expiring)).toContain('R33')
  })

  it('applies province limits: 新疆 one domain per website, 湖南 local mobiles only count', () => {
    const o = inProvince(completePersonalOrder(), '65')
    const twoDomains = { ...o, websites: [{ ...o.websites[0], domains: ['example.com', 'example.cn'] }] }
    expect(codes(twoDomains)).toContain('WEBSITE.TOO_MANY_DOMAINS')
  })

  it('keeps the verified domain in the websites', () => {
    const o = completePersonalOrder()
    expect(codes({ ...o, websites: [{ ...o.websites[0], domains: ['other.com'] }] })).toContain('WEBSITE.VERIFIED_DOMAIN_MISSING')
  })

  it('points every problem at its wizard step', () => {
    const o = { ...completePersonalOrder(), subject: {}, websites: [], materials: [], verification: null }
    expect(new Set(precheck(o, T0).map((p) => p.step))).toEqual(new Set(['subject', 'websites', 'materials', 'verification']))
  })
})

describe('addresses (spec §4.8)', () => {
  it('keeps 通信地址 and 证件住所 in one province', () => {
    const o = completePersonalOrder()
    expect(codes({ ...o, subject: { ...o.subject, mailingAddress: '上海市浦东新区世纪大道1号' } })).toContain('SUBJECT.ADDRESS_PROVINCE')
  })
})

describe('rules that need facts from outside the order (C07, C08, C10)', () => {
  it('湖南 wants local mobiles: a Beijing number is refused, an unknown segment is left to the reviewer', () => {
    const o = inProvince(completePersonalOrder(), '43')
    expect(precheck(o, T0, { mobileProvinces: { '13800138000': '11' } }).map((p) => p.code)).toContain('R17')
    expect(precheck(o, T0, { mobileProvinces: { '13800138000': null } }).map((p) => p.code)).not.toContain('R17')
    expect(precheck(inProvince(completePersonalOrder(), '11'), T0, { mobileProvinces: { '13800138000': '43' } }).map((p) => p.code)).not.toContain('R17')
  })
  it('a mobile used by another subject\u2019s principal (another person) is refused (R19)', () => {
    const facts = { otherSubjectsPrincipals: [{ subjectCertificateKey: 'OTHER', certificateNumber: '110101199003074477', mobile: '13800138000' }] }
    expect(precheck(completePersonalOrder(), T0, facts).map((p) => p.code)).toContain('R19')
    const samePerson = { otherSubjectsPrincipals: [{ subjectCertificateKey: 'OTHER', certificateNumber: '11010519491231002X', mobile: '13800138000' }] }
    expect(precheck(completePersonalOrder(), T0, samePerson).map((p) => p.code)).not.toContain('R19')
  })
  it('党政机关 in 上海 must use .gov.cn or .政务', () => {
    const base = completePersonalOrder()
    const gov: Order = { ...base, identity: { ...base.identity, province: '31', hostNature: 'GOVERNMENT', certificateType: 'USCC' } }
    expect(codes(gov)).toContain('WEBSITE.GOVERNMENT_SUFFIX')
  })
})
