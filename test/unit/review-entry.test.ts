import { main } from '../../cloudfunctions/review/main'
import { bearerToken, httpAccessPayload } from '../../cloud/kernel/http-access'

/** The review function's entry, without a database: what it refuses before any lookup. */
describe('review function entry (HTTP access and direct invocation)', () => {
  afterEach(() => {
    delete process.env.WX_CONTEXT_KEYS
    delete process.env.WX_OPENID
  })

  it('refuses a direct invocation by an applicant (wx.cloud.callFunction from the mini-program)', async () => {
    process.env.WX_CONTEXT_KEYS = 'WX_OPENID'
    process.env.WX_OPENID = 'openid-applicant'
    for (const action of ['queue', 'approve', 'login'])
      expect(await main({ action, orderId: 'o1234567890' })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  })

  it('asks anonymous HTTP callers to log in, answering as an HTTP-access integration response', async () => {
    const res = (await main({ httpMethod: 'POST', path: '/review', headers: {}, body: JSON.stringify({ action: 'queue' }), isBase64Encoded: false })) as { statusCode: number; headers: Record<string, string>; body: string }
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('application/json')
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'AUTH.REQUIRED' } })
  })

  it('answers the CORS preflight and refuses other methods', async () => {
    process.env.ICP_ADMIN_ORIGIN = 'https://admin.example.com'
    const pre = (await main({ httpMethod: 'OPTIONS', headers: {} })) as { statusCode: number; headers: Record<string, string> }
    expect(pre).toMatchObject({ statusCode: 204, headers: { 'access-control-allow-origin': 'https://admin.example.com', 'access-control-allow-headers': 'authorization, content-type' } })
    delete process.env.ICP_ADMIN_ORIGIN
    expect(await main({ httpMethod: 'GET', headers: {} })).toMatchObject({ statusCode: 405 })
  })

  it('reads bad JSON as a clear error, and the bearer token whatever the header case', async () => {
    const res = (await main({ httpMethod: 'POST', headers: {}, body: '{oops' })) as { body: string }
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'REQUEST.INVALID_JSON' } })
    expect(bearerToken({ httpMethod: 'POST', headers: { Authorization: 'Bearer abc' } })).toBe('abc')
    expect(bearerToken({ httpMethod: 'POST', headers: { authorization: 'Basic abc' } })).toBeUndefined()
    expect(httpAccessPayload({ httpMethod: 'POST', body: Buffer.from('{"action":"me"}').toString('base64'), isBase64Encoded: true })).toEqual({ action: 'me' })
  })
})
