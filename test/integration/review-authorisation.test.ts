import { reviewActions } from '../../cloud/review/actions'
import { ApiClient, type Envelope, removeDir, startRuntime, tempDataDir, type RunningRuntime } from '../support/runtime'
import { addReviewers, reviewerClient, submittedOrder } from '../support/review'

/** A well-formed event for each action, so that only authorisation decides the outcome. */
const EVENTS = (orderId: string): Record<keyof typeof reviewActions, Record<string, unknown>> => ({
  login: { username: 'nobody', password: 'wrong-password-1' },
  logout: {},
  me: {},
  catalogue: {},
  reviewers: {},
  queue: { tab: 'INITIAL' },
  claim: { orderId },
  claimNext: { tab: 'INITIAL' },
  release: { orderId },
  reassign: { orderId, username: 'lisi' },
  detail: { orderId },
  materialImage: { orderId, fileID: 'cloud://local.files/uploads/none.jpg' },
  approve: { orderId },
  requestMaterials: { orderId, reasons: [{ field: 'subject.principal.mobile', message: '请更换本人手机号码' }] },
  reject: { orderId, reasons: [{ code: 'R06', message: '网站名称不合格' }] },
  recordCall: { orderId, field: 'subject.principal.mobile', answered: true },
  submitToRegulator: { orderId },
  recordSmsCompleted: { orderId },
  recordReturned: { orderId, reasons: [{ message: '短信核验超时' }] },
  resubmitToRegulator: { orderId },
  sendBackForModification: { orderId, reasons: [{ message: '请修改' }] },
  recordRegulatorApproval: { orderId, filingNumbers: { subject: '豫ICP备2026000001号', websites: { w1: '豫ICP备2026000001号-1' } } },
  recordRegulatorRejection: { orderId, reasons: [{ message: '管局驳回' }] },
  sandboxRegulatorQueue: {},
  sandboxRegulatorApprove: { orderId },
  sandboxRegulatorReject: { orderId, reasons: [{ message: '管局驳回' }] },
  lookupWebsite: { query: 'review-1.com' },
  startPassiveCancellation: { websiteNumber: '豫ICP备2099999999号-1', reason: 'RESOURCE_EXPIRED' }
})

const SUPERVISOR_ONLY = new Set(['reassign', 'startPassiveCancellation'])
const ANONYMOUS_OK = new Set(['login'])

describe('review function: every action × no token, applicant, reviewer, supervisor', () => {
  let rt: RunningRuntime
  let orderId: string
  let untouched: string
  const clients: Record<string, ApiClient> = {}

  beforeAll(async () => {
    const dataDir = tempDataDir('review-auth')
    addReviewers(dataDir, [['lisi', 'reviewer'], ['wangwu', 'supervisor']])
    rt = await startRuntime({ dataDir })
    const applicant = await ApiClient.applicant(rt.url)
    orderId = await submittedOrder(applicant, 1)
    untouched = await submittedOrder(await ApiClient.applicant(rt.url), 2)
    clients.none = new ApiClient(rt.url)
    clients.applicant = applicant
    clients.reviewer = await reviewerClient(rt.url, 'lisi')
    clients.supervisor = await reviewerClient(rt.url, 'wangwu')
  })
  afterAll(async () => {
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  const actions = Object.keys(reviewActions) as Array<keyof typeof reviewActions>
  const cases = actions.flatMap((a) => (['none', 'applicant', 'reviewer', 'supervisor'] as const).map((who) => [a, who] as const))

  it.each(cases)('%s with %s', async (act, who) => {
    if (act === 'logout' && (who === 'reviewer' || who === 'supervisor')) {
      // Logging out would end the session the other cases use: use a fresh one.
      const fresh = await reviewerClient(rt.url, who === 'reviewer' ? 'lisi' : 'wangwu')
      expect(await fresh.call('review', { action: 'logout' })).toEqual({ ok: true, data: null })
      expect(await fresh.call('review', { action: 'me' })).toMatchObject({ ok: false, error: { code: 'AUTH.SESSION_EXPIRED' } })
      return
    }
    const r = (await clients[who].call('review', { action: act, ...EVENTS(orderId)[act] })) as Envelope
    const code = r.ok ? null : r.error.code
    if (who === 'applicant') expect(code).toBe('AUTH.FORBIDDEN')
    else if (ANONYMOUS_OK.has(act)) expect(code).toBe('AUTH.INVALID_CREDENTIALS') // wrong password whoever asks
    else if (who === 'none') expect(code).toBe('AUTH.REQUIRED')
    else if (who === 'reviewer' && SUPERVISOR_ONLY.has(act)) expect(code).toBe('AUTH.FORBIDDEN')
    else expect(code ?? 'OK').not.toMatch(/^AUTH\./)
  })

  it('a forged or expired token is refused by the function, and reviewer tokens still do not open the applicant function', async () => {
    expect(await new ApiClient(rt.url, 'forged-token').call('review', { action: 'queue' })).toMatchObject({ ok: false, error: { code: 'AUTH.SESSION_EXPIRED' } })
    const r = await clients.reviewer.raw('POST', '/api/functions/filing', JSON.stringify({ action: 'listOrders' }), { 'content-type': 'application/json' })
    expect(r).toMatchObject({ status: 403, body: { ok: false, error: { code: 'AUTH.FORBIDDEN' } } })
  })

  it('the queue masks ID and phone numbers; only the detail shows them, and each view is recorded', async () => {
    const queue = (await clients.reviewer.call<{ rows: Array<{ _id: string; certificate: string; principalMobile: string }> }>('review', { action: 'queue', tab: 'INITIAL' })) as Envelope<{ rows: Array<{ _id: string; certificate: string; principalMobile: string }> }>
    const row = queue.ok ? queue.data.rows.find((x) => x._id === untouched) : undefined
    expect(row?.certificate).toMatch(/^4101\*+\d{3}[\dX]$/)
    expect(row?.principalMobile).toMatch(/^137\*{4}\d{4}$/)
    expect(JSON.stringify(queue)).not.toContain('13703711002')
    const first = await clients.supervisor.call<{ order: { subject: { principal: { mobile: string } } }; recentViews: unknown[] }>('review', { action: 'detail', orderId: untouched })
    const second = await clients.supervisor.call<{ order: { subject: { principal: { mobile: string } } }; recentViews: Array<{ username: string }> }>('review', { action: 'detail', orderId: untouched })
    expect(first.ok && first.data.order.subject.principal.mobile).toBe('13703711002')
    expect(second.ok && second.data.recentViews[0].username).toBe('wangwu')
  })
})
