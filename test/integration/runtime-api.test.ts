import sharp from 'sharp'
import { documentPhoto } from '../support/images'
import { ApiClient, type RunningRuntime, removeDir, startRuntime } from '../support/runtime'

const personal = {
  action: 'verifyType',
  province: '11',
  hostNature: 'PERSONAL',
  certificateType: 'RESIDENT_ID',
  certificateNumber: '11010519491231002X',
  domain: 'example.com'
}

describe('local runtime — the HTTP surface of local-api.md', () => {
  let rt: RunningRuntime
  let api: ApiClient

  beforeAll(async () => {
    rt = await startRuntime()
    api = await ApiClient.applicant(rt.url)
  })
  afterAll(async () => {
    await rt.stop()
    removeDir(rt.dataDir)
  })

  it('determines the filing type through the real cloud function and database', async () => {
    const r = await api.call('filing', personal)
    expect(r).toEqual({
      ok: true,
      data: expect.objectContaining({ filingType: 'FIRST_FILING', filingTypeLabel: '首次备案', domain: { ascii: 'example.com', unicode: 'example.com' } })
    })
  })

  it('answers a bad domain with the field error', async () => {
    const r = await api.call('filing', { ...personal, domain: 'www.example.com' })
    expect(r).toEqual({ ok: false, error: { code: 'DOMAIN.WWW_PREFIX', message: expect.stringContaining('www.'), field: 'domain' } })
  })

  it('answers a bad ID number with the field error', async () => {
    const r = await api.call('filing', { ...personal, certificateNumber: '110105194912310021' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CERTIFICATE.CHECKSUM', field: 'certificateNumber' } })
  })

  it.each([
    [{ action: 'nope' }, 'REQUEST.UNKNOWN_ACTION'],
    [{}, 'REQUEST.ACTION_MISSING'],
    [{ action: 'verifyType' }, 'VALIDATION.REQUIRED']
  ])('answers %j with %s (HTTP 200, function-level)', async (event, code) => {
    const r = await api.raw('POST', '/api/functions/filing', JSON.stringify(event), { 'content-type': 'application/json' })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ ok: false, error: { code } })
  })

  it.each([
    ['malformed JSON', '/api/functions/filing', '{"action":', { 'content-type': 'application/json' }, 400, 'REQUEST.INVALID_JSON'],
    ['a JSON array', '/api/functions/filing', '[1]', { 'content-type': 'application/json' }, 400, 'REQUEST.INVALID'],
    ['an unknown function', '/api/functions/nothing', '{}', { 'content-type': 'application/json' }, 404, 'FUNCTION.NOT_FOUND'],
    ['an oversized body', '/api/functions/filing', JSON.stringify({ action: 'verifyType', pad: 'x'.repeat(2 * 1024 * 1024) }), { 'content-type': 'application/json' }, 413, 'REQUEST.TOO_LARGE'],
    ['an unknown path', '/api/nothing', '{}', { 'content-type': 'application/json' }, 404, 'REQUEST.NOT_FOUND']
  ])('answers %s with a structured %i error', async (_what, path, body, headers, status, code) => {
    const r = await api.raw('POST', path, body, headers)
    expect(r.status).toBe(status)
    expect(r.body).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fa5]/) } })
    expect(JSON.stringify(r.body)).not.toMatch(/at .+\.js:\d+/)
  })

  it('refuses calls without a valid token, and never trusts an identity in the event or headers', async () => {
    const anon = new ApiClient(rt.url)
    expect((await anon.raw('POST', '/api/functions/filing', JSON.stringify(personal), { 'content-type': 'application/json' })).status).toBe(401)
    const forged = new ApiClient(rt.url, 'not-a-token')
    const r = await forged.raw('POST', '/api/functions/filing', JSON.stringify(personal), { 'content-type': 'application/json', 'x-wx-openid': 'someone' })
    expect(r).toMatchObject({ status: 401, body: { ok: false, error: { code: 'AUTH.REQUIRED' } } })
  })

  it('gives each applicant login its own identity', async () => {
    const a = await api.raw('GET', '/api/auth/me')
    const other = await ApiClient.applicant(rt.url)
    const b = await other.raw('GET', '/api/auth/me')
    expect(a.body).toMatchObject({ ok: true, data: { kind: 'applicant' } })
    expect((a.body as { data: { openid: string } }).data.openid).not.toBe((b.body as { data: { openid: string } }).data.openid)
  })

  it('keeps serving after many concurrent calls', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => api.call('filing', personal)))
    expect(results.every((r) => r.ok)).toBe(true)
  })

  it('accepts an image upload and refuses what is not an image', async () => {
    const png = await sharp(await documentPhoto()).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)]), 'my photo.png')
    const ok = await api.raw('POST', '/api/files', form)
    expect(ok.body).toMatchObject({ ok: true, data: { fileID: expect.stringMatching(/^cloud:\/\/local\.files\/uploads\/[0-9a-f]{32}\.png$/) } })
    expect(JSON.stringify(ok.body)).not.toContain('my photo')
    const bad = new FormData()
    bad.append('file', new Blob([Buffer.from('hello, not an image')]), 'a.jpg')
    const refused = await api.raw('POST', '/api/files', bad)
    expect(refused).toMatchObject({ status: 400, body: { ok: false, error: { code: 'FILE.UNSUPPORTED_TYPE', field: 'file' } } })
  })

  it('lets nobody but the timer trigger run the timers function', async () => {
    expect(await api.call('timers', { Type: 'Timer', TriggerName: 'hourly' })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  })

  it('serves the H5 app at / and the admin page at /admin/', async () => {
    const h5 = await fetch(`${rt.url}/`)
    expect(h5.status).toBe(200)
    expect(await h5.text()).toContain('<div id="app">')
    const admin = await fetch(`${rt.url}/admin/`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('备案审核工作台')
  })
})
