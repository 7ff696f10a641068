import { data, upload } from '../support/api'
import { portrait } from '../support/images'
import { approveThrough, demoClient, filings } from '../support/operations'
import { addReviewers, henanId, reviewerClient, submittedOrder } from '../support/review'
import { ApiClient, type Envelope, type RunningRuntime, removeDir, startRuntime, tempDataDir } from '../support/runtime'

type View = {
  _id: string
  type: string
  status: string
  websites: Array<{ id: string; websiteNumber?: string; name?: string; domains?: string[] } & Record<string, unknown>>
  subject: Record<string, unknown>
  changes: Array<{ path: string; before: unknown; after: unknown }>
  problems: Array<{ code: string }>
  target?: { subjectNumber: string; websiteNumbers: string[] }
}

const DEMO_SUBJECT = '豫ICP备2024000101号'
const DEMO_SITE = '豫ICP备2024000101号-1'

/**
 * The operations on existing filings through the running system: 变更, 注销网站,
 * 注销主体, 取消接入, 转移 and 认领 — each refused where the rules forbid it,
 * and each approval's effect on the registry and 我的备案 checked.
 */
describe('after approval: 变更、取消接入、注销、转移、认领', () => {
  let rt: RunningRuntime
  let reviewer: ApiClient
  let demo: ApiClient

  beforeAll(async () => {
    const dataDir = tempDataDir('operations')
    addReviewers(dataDir, [['lisi', 'reviewer'], ['wangwu', 'supervisor']])
    rt = await startRuntime({ dataDir })
    reviewer = await reviewerClient(rt.url, 'lisi')
    demo = await demoClient(ApiClient, rt.url)
  })
  afterAll(async () => {
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  const start = (api: ApiClient, body: Record<string, unknown>) => api.call<View>('filing', { action: 'startOperation', ...body })

  it('变更网站: starts from the filed data, only deletes domains, excludes other orders, keeps the number', async () => {
    const [subject] = await filings(demo)
    expect(subject).toMatchObject({ subjectNumber: DEMO_SUBJECT, filedWithUs: true, blockedBecause: null })
    expect(await start(demo, { operation: 'CHANGE_WEBSITE', subjectNumber: DEMO_SUBJECT, websiteNumbers: [] })).toMatchObject({ ok: false, error: { code: 'OPERATION.WEBSITE_REQUIRED' } })
    expect(await start(demo, { operation: 'CANCEL_WEBSITE', subjectNumber: DEMO_SUBJECT, websiteNumbers: [DEMO_SITE] })).toMatchObject({ ok: false, error: { field: 'reason' } })

    const order = data(await start(demo, { operation: 'CHANGE_WEBSITE', subjectNumber: DEMO_SUBJECT, websiteNumbers: [DEMO_SITE] }))
    expect(order).toMatchObject({ type: 'CHANGE_WEBSITE', status: 'DRAFT', target: { subjectNumber: DEMO_SUBJECT, websiteNumbers: [DEMO_SITE] } })
    expect(order.websites).toEqual([expect.objectContaining({ id: 'w1', websiteNumber: DEMO_SITE, name: '王小明读书笔记', domains: ['wangxiaoming.com'] })])
    expect(order.problems.map((p) => p.code)).toContain('CHANGE.NOTHING_CHANGED')

    // 变更 ⟂ 新增网站, and one open order per account.
    const second = await start(demo, { operation: 'CANCEL_WEBSITE', subjectNumber: DEMO_SUBJECT, websiteNumbers: [DEMO_SITE], reason: '网站不再使用', confirmed: true })
    expect(second).toMatchObject({ ok: false, error: { code: 'OPERATION.ORDER_IN_PROGRESS' } })
    expect((second as { error: { message: string } }).error.message).toContain('“变更网站”订单（待完善备案信息）')
    const addSite = await demo.call('filing', { action: 'verifyType', province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '410102199001012341', domain: 'wangxiaoming-new.com' })
    expect(addSite).toMatchObject({ ok: false, error: { code: 'FILING.OPEN_ORDER_EXISTS' } })

    const site = order.websites[0]
    const filled = { ...site, ipRanges: [{ start: '81.70.10.1', end: '81.70.10.1' }], serviceType: 'WEBSITE', contentTypes: ['OTHER'], languages: ['ZH_HANS'], preApprovals: [], principal: 'SAME_AS_SUBJECT' }
    expect(await demo.call('filing', { action: 'saveWebsites', orderId: order._id, websites: [{ ...filled, domains: ['wangxiaoming.com', 'added.com'] }] })).toMatchObject({
      ok: false,
      error: { code: 'CHANGE.DOMAIN_ADDED', field: 'websites.w1.domains' }
    })
    const saved = data(await demo.call<View>('filing', { action: 'saveWebsites', orderId: order._id, websites: [{ ...filled, name: '王小明的书评' }] }))
    expect(saved.changes).toEqual(expect.arrayContaining([{ path: 'websites.w1.name', before: '王小明读书笔记', after: '王小明的书评' }]))
    data(await demo.call('filing', { action: 'saveVerification', orderId: order._id, fileID: await upload(demo, await portrait()) }))
    data(await demo.call('filing', { action: 'submitOrder', orderId: order._id, agreementsAccepted: true }))
    expect(await approveThrough(reviewer, demo, order._id)).toBe('APPROVED')
    const [after] = await filings(demo)
    expect(after.websites).toEqual([expect.objectContaining({ websiteNumber: DEMO_SITE, name: '王小明的书评', domains: ['wangxiaoming.com'], accessedByUs: true })])

    // The next 变更 starts from what was just filed.
    const next = data(await start(demo, { operation: 'CHANGE_BOTH', subjectNumber: DEMO_SUBJECT, websiteNumbers: [DEMO_SITE] }))
    expect(next.websites[0]).toMatchObject({ name: '王小明的书评', serviceType: 'WEBSITE', languages: ['ZH_HANS'] })
    data(await demo.call('filing', { action: 'abandonOrder', orderId: next._id }))
  })

  it('注销网站 then 注销主体: each confirmed by the applicant after 初审; numbers retired, subject gone from 我的备案', async () => {
    const cancelSite = data(await start(demo, { operation: 'CANCEL_WEBSITE', subjectNumber: DEMO_SUBJECT, websiteNumbers: [DEMO_SITE], reason: '网站不再使用', confirmed: true }))
    expect(cancelSite).toMatchObject({ type: 'CANCEL_WEBSITE', status: 'PENDING_INITIAL_REVIEW' })
    expect(await approveThrough(reviewer, demo, cancelSite._id)).toBe('APPROVED')
    const [shell] = await filings(demo)
    expect(shell.websites).toEqual([])

    const cancelSubject = data(await start(demo, { operation: 'CANCEL_SUBJECT', subjectNumber: DEMO_SUBJECT, reason: '不再提供互联网信息服务', confirmed: true }))
    expect(cancelSubject.status).toBe('PENDING_INITIAL_REVIEW')
    expect(await approveThrough(reviewer, demo, cancelSubject._id)).toBe('APPROVED')
    expect(await filings(demo)).toEqual([])
    // The registry no longer knows the subject: the same person could file again from the start.
    const again = data(await demo.call<{ filingType: string }>('filing', { action: 'verifyType', province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '410102199001012341', domain: 'wangxiaoming.com' }))
    expect(again.filingType).toBe('FIRST_FILING')
  })

  it('取消接入: no 短信核验; the website becomes 空壳 and leaves 我的备案', async () => {
    const owner = await ApiClient.applicant(rt.url)
    const first = await submittedOrder(owner, 41)
    expect(await approveThrough(reviewer, owner, first)).toBe('APPROVED')
    const [filed] = await filings(owner)
    const website = filed.websites[0].websiteNumber
    expect(await start(owner, { operation: 'CANCEL_SUBJECT', subjectNumber: filed.subjectNumber, reason: 'x', confirmed: false })).toMatchObject({ ok: false, error: { field: 'confirmed' } })
    const cancel = data(await start(owner, { operation: 'CANCEL_ACCESS', subjectNumber: filed.subjectNumber, websiteNumbers: [website], reason: '更换接入商', confirmed: true }))
    data(await reviewer.call('review', { action: 'claim', orderId: cancel._id }))
    data(await reviewer.call('review', { action: 'approve', orderId: cancel._id }))
    expect(data(await owner.call<View>('filing', { action: 'getOrder', orderId: cancel._id })).status).toBe('AWAITING_APPLICANT_CONFIRMATION')
    data(await owner.call('filing', { action: 'confirmOrder', orderId: cancel._id }))
    data(await reviewer.call('review', { action: 'claim', orderId: cancel._id }))
    data(await reviewer.call('review', { action: 'submitToRegulator', orderId: cancel._id }))
    expect(data(await owner.call<View>('filing', { action: 'getOrder', orderId: cancel._id })).status).toBe('REGULATOR_REVIEW')
    data(await reviewer.call('review', { action: 'sandboxRegulatorApprove', orderId: cancel._id }))
    expect(await filings(owner)).toEqual([])
    // We no longer access the website: filing it with us again is a 新增接入, not "already accessed".
    const seen = await owner.call<{ filingType?: string }>('filing', { action: 'verifyType', province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: henanId(41), domain: 'review-41.com' })
    expect(seen).toMatchObject({ ok: true, data: { filingType: 'ADD_ACCESS' } })
  })

  it('转移备案: a one-time code from account A, accepted and confirmed by account B; refusals say why', async () => {
    const a = await ApiClient.applicant(rt.url)
    const b = await ApiClient.applicant(rt.url)
    const orderId = await submittedOrder(a, 42)
    expect(await approveThrough(reviewer, a, orderId)).toBe('APPROVED')
    const [filed] = await filings(a)
    expect(await b.call('filing', { action: 'offerTransfer', subjectNumber: filed.subjectNumber })).toMatchObject({ ok: false, error: { code: 'OPERATION.NOT_YOUR_FILING' } })
    const offer = data(await a.call<{ code: string; expiresAt: string }>('filing', { action: 'offerTransfer', subjectNumber: filed.subjectNumber }))
    expect(offer.code).toMatch(/^[A-Z2-9]{8}$/)
    expect(await a.call('filing', { action: 'acceptTransfer', code: offer.code, confirmed: true })).toMatchObject({ ok: false, error: { code: 'TRANSFER.SAME_ACCOUNT' } })
    expect(await b.call('filing', { action: 'acceptTransfer', code: 'ABCDEFGH', confirmed: true })).toMatchObject({ ok: false, error: { code: 'TRANSFER.CODE_INVALID' } })
    expect(await b.call('filing', { action: 'acceptTransfer', code: offer.code })).toMatchObject({ ok: false, error: { field: 'confirmed' } })
    // B with an order in progress cannot receive.
    const draft = data(await b.call<{ _id: string }>('filing', { action: 'createOrder', province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '41010419950505111X', domain: 'b-draft.com', product: { kind: 'SERVER_IP', ip: '81.70.10.3' } }))
    expect(await b.call('filing', { action: 'acceptTransfer', code: offer.code, confirmed: true })).toMatchObject({ ok: false, error: { code: 'TRANSFER.TARGET_ORDER_IN_PROGRESS' } })
    data(await b.call('filing', { action: 'abandonOrder', orderId: draft._id }))
    const done = data(await b.call<{ subjectNumber: string }>('filing', { action: 'acceptTransfer', code: ` ${offer.code.slice(0, 4).toLowerCase()}-${offer.code.slice(4)} `, confirmed: true }))
    expect(done.subjectNumber).toBe(filed.subjectNumber)
    expect(await filings(a)).toEqual([])
    expect((await filings(b)).map((s) => s.subjectNumber)).toEqual([filed.subjectNumber])
    expect(await b.call('filing', { action: 'acceptTransfer', code: offer.code, confirmed: true })).toMatchObject({ ok: false, error: { code: 'TRANSFER.CODE_INVALID' } })
    // B now owns it: B can start a 变更, A cannot.
    expect(await start(a, { operation: 'CHANGE_SUBJECT', subjectNumber: filed.subjectNumber })).toMatchObject({ ok: false, error: { code: 'OPERATION.NOT_YOUR_FILING' } })
    const change = data(await start(b, { operation: 'CHANGE_SUBJECT', subjectNumber: filed.subjectNumber }))
    expect(change.subject).toMatchObject({ name: '测试人' })
  })

  it('认领备案: a legacy filing is claimed with the principal\u2019s certificate and becomes 我的备案 on approval', async () => {
    const claimer = await ApiClient.applicant(rt.url)
    const identity = { province: '11', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '110108198211112220', domain: 'legacy-site.com' }
    expect(data(await claimer.call<{ filingType: string }>('filing', { action: 'verifyType', ...identity })).filingType).toBe('CLAIM')
    const order = data(await claimer.call<View>('filing', { action: 'createOrder', ...identity, product: { kind: 'SERVER_IP', ip: '81.70.10.1' } }))
    data(await claimer.call('filing', { action: 'saveSubject', orderId: order._id, subject: { name: '郑老站', certificateAddress: '北京市海淀区示例路3号', mailingAddress: '北京市海淀区示例路3号1单元1号', principal: { name: '郑老站', certificateType: 'RESIDENT_ID', certificateNumber: '110108198211112220', certificateValidTo: 'LONG_TERM', mobile: '13800138011', email: 'zheng@example.com' } } }))
    data(await claimer.call('filing', { action: 'saveMaterials', orderId: order._id, materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: await upload(claimer, await portrait()) }] }))
    data(await claimer.call('filing', { action: 'submitOrder', orderId: order._id, agreementsAccepted: true }))
    expect(await approveThrough(reviewer, claimer, order._id)).toBe('APPROVED')
    expect(await filings(claimer)).toEqual([
      expect.objectContaining({ subjectNumber: '京ICP备2015012345号', filedWithUs: true, websites: [expect.objectContaining({ websiteNumber: '京ICP备2015012345号-1', domains: ['legacy-site.com'], accessedByUs: true })] })
    ])
    const again = await claimer.call<{ filingType: string }>('filing', { action: 'verifyType', ...identity })
    expect(again).toMatchObject({ ok: false, error: { code: 'FILING.DOMAIN_ALREADY_ACCESSED' } })
  })

  it('被动取消接入: a supervisor withdraws our access (resources expired); no 初审, no confirmation, the applicant cannot stop it', async () => {
    const owner = await ApiClient.applicant(rt.url)
    expect(await approveThrough(reviewer, owner, await submittedOrder(owner, 43))).toBe('APPROVED')
    const [filed] = await filings(owner)
    const supervisor = await reviewerClient(rt.url, 'wangwu')
    const found = data(await reviewer.call<Array<{ websiteNumber: string; accessedByUs: boolean; subjectNumber: string; certificate: string }>>('review', { action: 'lookupWebsite', query: 'review-43.com' }))
    expect(found).toEqual([expect.objectContaining({ websiteNumber: filed.websites[0].websiteNumber, accessedByUs: true, subjectNumber: filed.subjectNumber })])
    expect(found[0].certificate).toContain('****')
    const body = { action: 'startPassiveCancellation', websiteNumber: found[0].websiteNumber, reason: 'RESOURCE_EXPIRED', note: '服务器于 2026-11-30 到期未续费' }
    expect(await reviewer.call('review', body)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    const started = data(await supervisor.call<{ orderId: string; status: string }>('review', body))
    expect(started.status).toBe('PENDING_SUBMISSION')
    const seen = data(await owner.call<View & { requestReason: string; initiatedBy: string }>('filing', { action: 'getOrder', orderId: started.orderId }))
    expect(seen).toMatchObject({ type: 'CANCEL_ACCESS', initiatedBy: 'PROVIDER', requestReason: '服务器等资源到期未续费：服务器于 2026-11-30 到期未续费' })
    // The applicant is told at once, with the reason (短信及邮件).
    const told = async () => ((await owner.raw('GET', '/api/dev/outbox?phone=13703711043')).body as Envelope<Array<{ text: string }>>)
    let sms: Array<{ text: string }> = []
    for (let i = 0; i < 50 && !sms.some((m) => m.text.includes('发起取消接入')); i++) {
      const r = await told()
      sms = r.ok ? r.data : []
      await new Promise((res) => setTimeout(res, 100))
    }
    expect(sms.find((m) => m.text.includes('发起取消接入'))?.text).toContain('服务器等资源到期未续费')
    expect(await owner.call('filing', { action: 'abandonOrder', orderId: started.orderId })).toMatchObject({ ok: false, error: { message: '该取消接入由接入商发起，不能放弃；如有疑问请联系接入商' } })
    expect(await owner.call('filing', { action: 'withdrawOrder', orderId: started.orderId })).toMatchObject({ ok: false, error: { code: 'ORDER.TRANSITION_NOT_ALLOWED' } })
    expect(await approveThrough(reviewer, owner, started.orderId)).toBe('APPROVED')
    expect(await filings(owner)).toEqual([])
  })
})
