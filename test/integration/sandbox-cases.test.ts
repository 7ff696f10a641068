import { SANDBOX_CASES } from '../../server/sandbox/fixture'
import { ApiClient, runtimeForSuite } from '../support/runtime'

/** Every row of the decision table and every blocker, through the running system and its seeded sandbox regulator. */
describe('验证备案类型 against the sandbox regulator (docs/sandbox.md)', () => {
  const runtime = runtimeForSuite()

  const login = async (account: 'new' | 'demo') => {
    if (account === 'new') return ApiClient.applicant(runtime.current.url)
    const res = await fetch(`${runtime.current.url}/api/auth/applicant`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sandboxAccount: 'demo' }) })
    return new ApiClient(runtime.current.url, ((await res.json()) as { data: { token: string } }).data.token)
  }

  it.each(SANDBOX_CASES.map((c) => [c.row, c.title, c] as const))('%s: %s', async (_row, _title, c) => {
    const api = await login(c.account)
    const r = await api.call<{ filingType: string }>('filing', { action: 'verifyType', ...c.input })
    if ('filingType' in c.expect) expect(r).toMatchObject({ ok: true, data: { filingType: c.expect.filingType } })
    else {
      expect(r).toMatchObject({ ok: false, error: { code: c.expect.code } })
      expect(!r.ok && r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('B01: an account with an order in progress cannot start another', async () => {
    const api = await ApiClient.applicant(runtime.current.url)
    const first = SANDBOX_CASES.find((c) => c.row === 'D1')!.input
    const created = await api.call('filing', { action: 'createOrder', ...first, domain: 'b01-first.com', product: { kind: 'SERVER_IP', ip: '81.70.10.1' } })
    expect(created.ok).toBe(true)
    const again = await api.call('filing', { action: 'verifyType', ...first, domain: 'b01-second.com' })
    expect(again).toMatchObject({ ok: false, error: { code: 'FILING.OPEN_ORDER_EXISTS', detail: { blocker: 'B01' } } })
  })
})
