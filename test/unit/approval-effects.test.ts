import { approvalEffects, type RegistrySubjectRecord } from '../../domain/registry/approval'
import { FILING_NUMBER, subjectFilingNumber, websiteSeq } from '../../domain/registry/filing-number'
import type { Order } from '../../types/order'
import { completePersonalOrder } from '../support/orders'

const order = (over: Partial<Order> = {}): Order => ({
  ...completePersonalOrder(),
  ...over
})
const twoSites = (o: Order): Order => ({ ...o, websites: [o.websites[0], { ...o.websites[0], id: 'w2', name: '张三旅行相册', domains: ['second.com'] }] })

describe('filing numbers (spec §7.7)', () => {
  it('builds subject numbers with the province abbreviation, year and serial', () => {
    expect(subjectFilingNumber('51', 2026, 7879)).toBe('蜀ICP备2026007879号')
    expect(subjectFilingNumber('62', 2021, 3158)).toBe('陇ICP备2021003158号')
    expect(FILING_NUMBER.test('京ICP备16020626号-8')).toBe(true)
    expect(FILING_NUMBER.test('川ICP备2026007879号')).toBe(false)
    expect(websiteSeq('京ICP备16020626号-8')).toBe(8)
  })
})

describe('approval effects on the registry (spec §7.6)', () => {
  it('首次备案: new subject number, websites -1 … -n, all accessed by us', () => {
    const fx = approvalEffects(twoSites(order()), { subject: null, websites: [] }, () => '京ICP备2026000001号')
    expect(fx.filingNumbers).toEqual({ subject: '京ICP备2026000001号', websites: { w1: '京ICP备2026000001号-1', w2: '京ICP备2026000001号-2' } })
    expect(fx.subject).toMatchObject({ ours: true, shell: false, lastWebsiteSeq: 2 })
    expect(fx.websites.map((w) => w.domains)).toEqual([['example.com'], ['second.com']])
  })

  it('新增网站: continues the subject\u2019s -N and never reuses a retired number', () => {
    const filed: RegistrySubjectRecord = { certificateKey: '11010519491231002X', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', hostNature: 'PERSONAL', province: '11', subjectNumber: '京ICP备2020000009号', shell: true, ours: false, pendingAtRegulatorElsewhere: false, lastWebsiteSeq: 3 }
    const issue = jest.fn(() => 'unused')
    const fx = approvalEffects(order({ type: 'ADD_SITE_OTHER' }), { subject: filed, websites: [{ websiteNumber: '京ICP备2020000009号-2', domains: ['old.com'], subjectCertificateKey: filed.certificateKey, subjectCertificateType: 'RESIDENT_ID', subjectCertificateNumber: filed.certificateNumber, ours: false }] }, issue)
    expect(fx.filingNumbers.websites.w1).toBe('京ICP备2020000009号-4')
    expect(fx.subject).toMatchObject({ shell: false, ours: true })
    expect(issue).not.toHaveBeenCalled()
  })

  it('新增接入: keeps the website number and adds us as access provider', () => {
    const filed: RegistrySubjectRecord = { certificateKey: '11010519491231002X', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', hostNature: 'PERSONAL', province: '11', subjectNumber: '京ICP备2020000009号', shell: false, ours: false, pendingAtRegulatorElsewhere: false, lastWebsiteSeq: 1 }
    const fx = approvalEffects(order({ type: 'ADD_ACCESS' }), { subject: filed, websites: [{ websiteNumber: '京ICP备2020000009号-1', domains: ['example.com'], subjectCertificateKey: filed.certificateKey, subjectCertificateType: 'RESIDENT_ID', subjectCertificateNumber: filed.certificateNumber, ours: false }] }, () => 'x')
    expect(fx.filingNumbers.websites.w1).toBe('京ICP备2020000009号-1')
    expect(fx.websites[0].ours).toBe(true)
  })
})
