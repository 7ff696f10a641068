import { ApiClient, runtimeForSuite } from '../support/runtime'
import { data, upload } from '../support/api'
import { documentPhoto, portrait } from '../support/images'

type View = {
  _id: string
  subject: Record<string, unknown>
  websites: Array<Record<string, unknown> & { id: string }>
  type: string
  status: string
  problems: Array<{ step: string; code: string; message: string }>
  requiredMaterials: Array<{ kind: string; websiteId?: string }>
}

/**
 * 新增网站（原备案不在本接入商）and 新增接入 go through the same wizard actions as
 * 首次备案, from the sandbox cases D3 and D4 to 提交初审.
 */
describe('新增网站（原备案不在本接入商）and 新增接入 reach 提交初审', () => {
  const runtime = runtimeForSuite()

  const cases = [
    {
      title: 'personal 新增网站（原备案不在本接入商）(D3)',
      identity: { province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '410102198503151232', domain: 'lixiaohua-new.cn' },
      type: 'ADD_SITE_OTHER',
      subject: {
        name: '李晓华', certificateAddress: '河南省郑州市中原区示例路9号', mailingAddress: '河南省郑州市中原区示例路9号1单元101',
        principal: { name: '李晓华', certificateType: 'RESIDENT_ID', certificateNumber: '410102198503151232', certificateValidTo: 'LONG_TERM', mobile: '13703710021', email: 'lxh@example.com' }
      },
      website: { name: '李晓华摄影笔记', contentTypes: ['OTHER'] }
    },
    {
      title: 'company 新增接入 (D4)',
      identity: { province: '41', hostNature: 'ENTERPRISE', certificateType: 'BUSINESS_LICENSE', certificateNumber: '91410100MA9CX0D07H', domain: 'zz-example.com' },
      type: 'ADD_ACCESS',
      subject: {
        name: '郑州示例科技有限公司', certificateAddress: '河南省郑州市金水区科技路1号', mailingAddress: '河南省郑州市金水区科技路1号5层',
        investor: '张建国', legalRepresentative: '张建国',
        principal: { name: '张建国', certificateType: 'RESIDENT_ID', certificateNumber: '410102198503151232', certificateValidTo: '2036-01-01', mobile: '13703710022', email: 'zjg@zz-example.com' }
      },
      website: { name: '郑州示例科技官网', contentTypes: ['UNIT_PORTAL'] }
    }
  ]

  it.each(cases)('$title', async (c) => {
    const api = await ApiClient.applicant(runtime.current.url)
    const created = data(await api.call<View>('filing', { action: 'createOrder', ...c.identity, product: { kind: 'AUTH_CODE', code: c.type === 'ADD_ACCESS' ? 'BA0001DEMO' : 'BA0002DEMO' } }))
    expect(created.type).toBe(c.type)
    const orderId = created._id
    data(await api.call('filing', { action: 'saveSubject', orderId, subject: c.subject }))
    // 新增接入 starts from the registry's record (原备案信息): the subject's name, the website's number, name and domains.
    if (c.type === 'ADD_ACCESS') {
      expect(created.subject).toEqual({ name: '郑州示例科技有限公司' })
      expect(created.websites).toEqual([{ id: 'w1', websiteNumber: '豫ICP备2022000303号-1', name: '郑州示例科技官网', domains: ['zz-example.com', 'zz-example.cn'] }])
    }
    const site = { ...created.websites[0], name: c.website.name, ipRanges: [{ start: '81.70.10.1', end: '81.70.10.1' }], serviceType: 'WEBSITE', contentTypes: c.website.contentTypes, languages: ['ZH_HANS'], preApprovals: [], principal: 'SAME_AS_SUBJECT' }
    if (c.type === 'ADD_ACCESS') {
      // What differs from the record is flagged with the filed value, never silently accepted.
      const renamed = data(await api.call<View>('filing', { action: 'saveWebsites', orderId, websites: [{ ...site, name: '另一个名字', domains: ['zz-example.com'] }] }))
      expect(renamed.problems.filter((p) => p.code.startsWith('RECORD.')).map((p) => p.message)).toEqual([
        '须与原备案信息一致：网站名称应为“郑州示例科技官网”（豫ICP备2022000303号-1）。如原备案信息需要修改，请先在原接入商办理变更备案',
        '新增接入的网站域名须与原备案一致（豫ICP备2022000303号-1：zz-example.com、zz-example.cn），缺少 zz-example.cn'
      ])
    }
    data(await api.call('filing', { action: 'saveWebsites', orderId, websites: [site] }))
    const needed = data(await api.call<View>('filing', { action: 'getOrder', orderId })).requiredMaterials
    expect(needed.length).toBeGreaterThan(0)
    const materials = []
    for (const m of needed) materials.push({ kind: m.kind, fileID: await upload(api, await documentPhoto()), ...(m.websiteId ? { websiteId: m.websiteId } : {}) })
    data(await api.call('filing', { action: 'saveMaterials', orderId, materials }))
    data(await api.call('filing', { action: 'saveVerification', orderId, fileID: await upload(api, await portrait()) }))
    expect(data(await api.call<View>('filing', { action: 'getOrder', orderId })).problems).toEqual([])
    expect(data(await api.call<View>('filing', { action: 'submitOrder', orderId, agreementsAccepted: true })).status).toBe('PENDING_INITIAL_REVIEW')
  })
})
