import { ApiClient, runtimeForSuite } from '../support/runtime'
import { data, upload } from '../support/api'
import { documentPhoto, portrait } from '../support/images'

type View = { _id: string; status: string; version: number; problems: Array<{ step: string; code: string }>; events: Array<{ type: string; from: string | null; to: string; actor: { kind: string } }>; verification: { status: string; problems: string[] } | null }

const IDENTITY = { province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID' }
const principal = (cert: string, mobile: string) => ({ name: '测试人', certificateType: 'RESIDENT_ID', certificateNumber: cert, certificateValidTo: 'LONG_TERM', mobile, email: `${mobile}@example.com` })

/** A personal 首次备案 in 河南 filled in completely through the API; returns the order id. */
async function fillCompleteOrder(api: ApiClient, cert: string, domain: string, mobile: string): Promise<string> {
  const created = data(await api.call<View>('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: cert, domain, product: { kind: 'SERVER_IP', ip: '81.70.10.2' } }))
  const orderId = created._id
  data(await api.call('filing', { action: 'saveSubject', orderId, subject: { name: '测试人', certificateAddress: '河南省郑州市金水区测试路8号', mailingAddress: '河南省郑州市金水区测试路8号2单元302', principal: principal(cert, mobile) } }))
  data(await api.call('filing', { action: 'saveWebsites', orderId, websites: [{ id: 'w1', name: '测试人读书笔记', domains: [domain], ipRanges: [{ start: '81.70.10.2', end: '81.70.10.2' }], serviceType: 'WEBSITE', contentTypes: ['OTHER'], languages: ['ZH_HANS'], preApprovals: [], principal: 'SAME_AS_SUBJECT', remark: '个人读书笔记' }] }))
  const front = await upload(api, await documentPhoto())
  const back = await upload(api, await documentPhoto(1000, 630))
  data(await api.call('filing', { action: 'saveMaterials', orderId, materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: front }, { kind: 'SUBJECT_PRINCIPAL_ID_BACK', fileID: back }] }))
  const photo = await upload(api, await portrait())
  const verified = data(await api.call<View>('filing', { action: 'saveVerification', orderId, fileID: photo }))
  expect(verified.verification).toMatchObject({ status: 'PASSED', problems: [] })
  return orderId
}

describe('applicant orders through the running system (filing function)', () => {
  const runtime = runtimeForSuite()

  it('creates, fills, submits, withdraws, resubmits and abandons an order, recording each step', async () => {
    const api = await ApiClient.applicant(runtime.current.url)
    const orderId = await fillCompleteOrder(api, '41010419950505111X', 'flow-one.com', '13703710011')
    const before = data(await api.call<View>('filing', { action: 'getOrder', orderId }))
    expect(before.problems).toEqual([])
    const submitted = data(await api.call<View>('filing', { action: 'submitOrder', orderId, agreementsAccepted: true }))
    expect(submitted.status).toBe('PENDING_INITIAL_REVIEW')
    const withdrawn = data(await api.call<View>('filing', { action: 'withdrawOrder', orderId, reason: '修改网站名称' }))
    expect(withdrawn.status).toBe('DRAFT')
    expect(data(await api.call<View>('filing', { action: 'submitOrder', orderId, agreementsAccepted: true })).status).toBe('PENDING_INITIAL_REVIEW')
    data(await api.call('filing', { action: 'withdrawOrder', orderId }))
    const abandoned = data(await api.call<View>('filing', { action: 'abandonOrder', orderId }))
    expect(abandoned.status).toBe('ABANDONED')
    expect(abandoned.events.map((e) => e.type)).toEqual([
      'OrderCreated', 'SubjectSaved', 'WebsitesSaved', 'MaterialsSaved', 'VerificationRecorded',
      'SubmittedForReview', 'Withdrawn', 'SubmittedForReview', 'Withdrawn', 'Abandoned'
    ])
    // The account and the certificate are free again.
    const again = await api.call('filing', { action: 'verifyType', ...IDENTITY, certificateNumber: '41010419950505111X', domain: 'flow-one.com' })
    expect(again).toMatchObject({ ok: true, data: { filingType: 'FIRST_FILING' } })
  })

  it('lists what is missing before submission instead of accepting an incomplete order', async () => {
    const api = await ApiClient.applicant(runtime.current.url)
    const created = data(await api.call<View>('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410106198808082229', domain: 'flow-two.com', product: { kind: 'AUTH_CODE', code: 'BA0001DEMO' } }))
    const r = await api.call('filing', { action: 'submitOrder', orderId: created._id, agreementsAccepted: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'ORDER.INCOMPLETE' } })
    const steps = (!r.ok && (r.error.detail as { problems: Array<{ step: string }> }).problems.map((p) => p.step)) || []
    expect(new Set(steps)).toEqual(new Set(['subject', 'websites', 'materials', 'verification']))
    await api.call('filing', { action: 'abandonOrder', orderId: created._id })
  })

  it('refuses a photo that is not against a white background, saying why', async () => {
    const api = await ApiClient.applicant(runtime.current.url)
    const created = data(await api.call<View>('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410107199707073332', domain: 'flow-three.com', product: { kind: 'SERVER_IP', ip: '81.70.10.3' } }))
    const photo = await upload(api, await portrait('#7a6a55'))
    const v = data(await api.call<View>('filing', { action: 'saveVerification', orderId: created._id, fileID: photo }))
    expect(v.verification?.status).toBe('FAILED')
    expect(v.verification?.problems.join()).toContain('纯白色')
    await api.call('filing', { action: 'abandonOrder', orderId: created._id })
  })

  it('keeps applicants to their own orders and files', async () => {
    const owner = await ApiClient.applicant(runtime.current.url)
    const other = await ApiClient.applicant(runtime.current.url)
    const created = data(await owner.call<View>('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410102198503151232', domain: 'own-only.cn', product: { kind: 'SERVER_IP', ip: '81.70.10.4' } }))
    for (const action of ['getOrder', 'abandonOrder', 'withdrawOrder']) expect(await other.call('filing', { action, orderId: created._id })).toMatchObject({ ok: false, error: { code: 'ORDER.NOT_FOUND' } })
    expect(await other.call('filing', { action: 'saveSubject', orderId: created._id, subject: { name: '篡改' } })).toMatchObject({ ok: false, error: { code: 'ORDER.NOT_FOUND' } })
    const ownersFile = await upload(owner, await documentPhoto())
    const otherOrder = data(await other.call<View>('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410108199101014449', domain: 'other-own.com', product: { kind: 'SERVER_IP', ip: '81.70.10.4' } }))
    expect(await other.call('filing', { action: 'saveMaterials', orderId: otherOrder._id, materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: ownersFile }] })).toMatchObject({ ok: false, error: { code: 'FILE.NOT_FOUND' } })
    const list = data(await other.call<Array<{ _id: string; certificate: string }>>('filing', { action: 'listOrders' }))
    expect(list.map((o) => o._id)).toEqual([otherOrder._id])
    expect(list[0].certificate).toMatch(/\*{4,}/)
    await owner.call('filing', { action: 'abandonOrder', orderId: created._id })
    await other.call('filing', { action: 'abandonOrder', orderId: otherOrder._id })
  })

  it.each([
    [{ kind: 'SERVER_IP', ip: '81.70.10.20' }, 'PRODUCT.NOT_PREPAID'],
    [{ kind: 'SERVER_IP', ip: '81.70.10.21' }, 'PRODUCT.TOO_SHORT'],
    [{ kind: 'SERVER_IP', ip: '81.70.10.22' }, 'PRODUCT.SLOTS_USED'],
    [{ kind: 'SERVER_IP', ip: '81.70.10.23' }, 'PRODUCT.EXPIRED'],
    [{ kind: 'SERVER_IP', ip: '43.128.10.1' }, 'PRODUCT.NOT_MAINLAND'],
    [{ kind: 'SERVER_IP', ip: '9.9.9.9' }, 'PRODUCT.NOT_FOUND'],
    [{ kind: 'AUTH_CODE', code: 'BAUSEDDEMO' }, 'PRODUCT.AUTH_CODE_USED'],
    [{ kind: 'AUTH_CODE', code: 'NOPE-CODE' }, 'PRODUCT.AUTH_CODE_INVALID']
  ])('product verification refuses %j with %s', async (product, code) => {
    const api = await ApiClient.applicant(runtime.current.url)
    const r = await api.call('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410111199404047772', domain: 'product-check.cn', product })
    expect(r).toMatchObject({ ok: false, error: { code, field: expect.stringMatching(/^product\./) } })
  })

  it('uses a 备案授权码 once only', async () => {
    const a = await ApiClient.applicant(runtime.current.url)
    const b = await ApiClient.applicant(runtime.current.url)
    const first = await a.call('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410102198503151232', domain: 'code-once-a.cn', product: { kind: 'AUTH_CODE', code: 'BA0002DEMO' } })
    expect(first.ok).toBe(true)
    const second = await b.call('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '41010419950505111X', domain: 'code-once-b.cn', product: { kind: 'AUTH_CODE', code: 'BA0002DEMO' } })
    expect(second).toMatchObject({ ok: false, error: { code: 'PRODUCT.AUTH_CODE_USED' } })
  })

  it('50 parallel submits of one order: exactly one succeeds, the rest get a clear error, the history stays consistent', async () => {
    const api = await ApiClient.applicant(runtime.current.url)
    const orderId = await fillCompleteOrder(api, '410109199202025557', 'parallel.com', '13703710022')
    const results = await Promise.all(Array.from({ length: 50 }, () => api.call<View>('filing', { action: 'submitOrder', orderId, agreementsAccepted: true })))
    const wins = results.filter((r) => r.ok)
    expect(wins).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(['ORDER.CONFLICT', 'ORDER.TRANSITION_NOT_ALLOWED']).toContain(!r.ok && r.error.code)
    const order = data(await api.call<View>('filing', { action: 'getOrder', orderId }))
    expect(order.events.filter((e) => e.type === 'SubmittedForReview')).toHaveLength(1)
    expect(order.version).toBe(order.events.length)
  })

  it('gives an authorisation code back when the order could not be created', async () => {
    const accounts = await Promise.all(Array.from({ length: 6 }, () => ApiClient.applicant(runtime.current.url)))
    const codes = ['BA0003DEMO', 'BA0004DEMO', 'BA0005DEMO', 'BA0006DEMO', 'BA0007DEMO', 'BA0008DEMO']
    const results = await Promise.all(
      accounts.map((api, i) => api.call('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410111199404047772', domain: `code-race-${i}.com`, product: { kind: 'AUTH_CODE', code: codes[i] } }))
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const lost = codes.filter((_, i) => !results[i].ok)
    const fresh = await ApiClient.applicant(runtime.current.url)
    const reuse = await fresh.call('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410108199101014449', domain: 'code-reused.com', product: { kind: 'AUTH_CODE', code: lost[0] } })
    expect(reuse.ok).toBe(true)
  })

  it('50 parallel orders for one certificate from different accounts: exactly one is created', async () => {
    const accounts = await Promise.all(Array.from({ length: 50 }, () => ApiClient.applicant(runtime.current.url)))
    const results = await Promise.all(
      accounts.map((api, i) => api.call('filing', { action: 'createOrder', ...IDENTITY, certificateNumber: '410110199303036664', domain: `race-${i}.com`, product: { kind: 'SERVER_IP', ip: '81.70.10.5' } }))
    )
    const created = results.filter((r) => r.ok)
    expect(created).toHaveLength(1)
    for (const r of results.filter((x) => !x.ok)) expect(['FILING.CERTIFICATE_ORDER_IN_PROGRESS']).toContain(!r.ok && r.error.code)
  })
})
