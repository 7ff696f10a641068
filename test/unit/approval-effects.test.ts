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

describe('approval effects of changes and cancellations (spec §7.6)', () => {
  const filed: RegistrySubjectRecord = { certificateKey: '11010519491231002X', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', hostNature: 'PERSONAL', province: '11', subjectNumber: '京ICP备2020000009号', shell: false, ours: true, pendingAtRegulatorElsewhere: false, lastWebsiteSeq: 2 }
  const site = (n: number, domains: string[], extra = {}) => ({ websiteNumber: `京ICP备2020000009号-${n}`, domains, subjectCertificateKey: filed.certificateKey, subjectCertificateType: 'RESIDENT_ID', subjectCertificateNumber: filed.certificateNumber, ours: true, ...extra })
  const existing = { subject: filed, websites: [site(1, ['example.com', 'example.cn']), site(2, ['second.com'])] }
  const none = () => {
    throw new Error('no number may be issued')
  }

  it('变更网站: keeps the number, replaces the domains (a removed domain becomes unfiled)', () => {
    const o = order({ type: 'CHANGE_WEBSITE', websites: [{ ...completePersonalOrder().websites[0], websiteNumber: '京ICP备2020000009号-1', domains: ['example.com'] }] })
    const fx = approvalEffects(o, existing, none)
    expect(fx.websites).toEqual([expect.objectContaining({ websiteNumber: '京ICP备2020000009号-1', domains: ['example.com'] })])
  })

  it('取消接入: we leave the website; with no other provider it becomes 空壳网站', () => {
    const fx = approvalEffects(order({ type: 'CANCEL_ACCESS', target: { subjectNumber: filed.subjectNumber, websiteNumbers: ['京ICP备2020000009号-2'] } }), existing, none)
    expect(fx.websites).toEqual([expect.objectContaining({ websiteNumber: '京ICP备2020000009号-2', ours: false, shell: true })])
    expect(fx.ourSubject).toBe('KEEP')
  })

  it('注销网站: retires the number; the last website leaves a 空壳主体', () => {
    const one = approvalEffects(order({ type: 'CANCEL_WEBSITE', target: { subjectNumber: filed.subjectNumber, websiteNumbers: ['京ICP备2020000009号-2'] } }), existing, none)
    expect(one.deletedWebsites).toEqual(['京ICP备2020000009号-2'])
    expect(one.subject?.shell).toBe(false)
    const last = approvalEffects(order({ type: 'CANCEL_WEBSITE', target: { subjectNumber: filed.subjectNumber, websiteNumbers: ['京ICP备2020000009号-2'] } }), { subject: filed, websites: [site(2, ['second.com'])] }, none)
    expect(last.subject?.shell).toBe(true)
  })

  it('注销主体: deletes the subject and all its websites', () => {
    const fx = approvalEffects(order({ type: 'CANCEL_SUBJECT', target: { subjectNumber: filed.subjectNumber, websiteNumbers: [] } }), existing, none)
    expect(fx).toMatchObject({ subject: null, deletedWebsites: ['京ICP备2020000009号-1', '京ICP备2020000009号-2'], ourSubject: 'REMOVE' })
  })

  it('认领备案: the legacy records become ours', () => {
    const fx = approvalEffects(order({ type: 'CLAIM', websites: [] }), { subject: { ...filed, ours: false }, websites: [site(1, ['example.com'], { ours: false })] }, none)
    expect(fx.subject?.ours).toBe(true)
    expect(fx.websites[0].ours).toBe(true)
  })
})
