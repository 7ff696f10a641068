import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { ApiClient, runtimeForSuite } from '../support/runtime'
import { data } from '../support/api'
import { submittedOrder } from '../support/review'
import { projectRoot } from '../support/root'

/** The `sms` function through the running local runtime, as the wizard, the order page and the sandbox MIIT page reach it. */
describe('sms function over the local runtime', () => {
  const rt = runtimeForSuite()

  it('sendCode → the code is in GET /api/dev/outbox and `npm run outbox` → verifyCode; refusals say why and when', async () => {
    const api = await ApiClient.applicant(rt.current.url)
    expect(data(await api.call('sms', { action: 'sendCode', phone: '+86 138-0013-8011', purpose: 'CONTACT_VERIFY' }))).toMatchObject({ phone: '138****8011', ttlMinutes: 10 })
    const again = await api.call('sms', { action: 'sendCode', phone: '13800138011' })
    expect(again).toMatchObject({ ok: false, error: { code: 'SMS.RESEND_TOO_SOON', field: 'phone', detail: { retryAt: expect.any(String) } } })
    const outbox = (await api.raw('GET', '/api/dev/outbox?phone=13800138011')).body as { ok: true; data: Array<{ phone: string; code: string; text: string; sentAt: string }> }
    expect(outbox.data).toHaveLength(1)
    const { code } = outbox.data[0]
    expect(outbox.data[0].text).toContain(code)
    const cli = execFileSync(process.execPath, [path.join(projectRoot(), 'dist/server/outbox-cli.js'), '--data-dir', rt.current.dataDir, '--phone', '13800138011'], { encoding: 'utf8' })
    expect(cli).toContain(`验证码 ${code}`)
    expect(await api.call('sms', { action: 'verifyCode', phone: '13800138011', code: code === '000000' ? '111111' : '000000' })).toMatchObject({ ok: false, error: { code: 'SMS.CODE_WRONG', message: '验证码不正确，还可以再试 4 次' } })
    expect(data(await api.call('sms', { action: 'verifyCode', phone: '13800138011', code }))).toMatchObject({ verified: true })
    expect(data(await api.call<{ phones: string[] }>('sms', { action: 'provenPhones' })).phones).toEqual(['13800138011'])
    expect(await api.call('sms', { action: 'sendCode', phone: '12345' })).toMatchObject({ ok: false, error: { code: 'SMS.PHONE_INVALID', field: 'phone', message: '请填写正确的11位手机号码' } })
  })

  it('smsStatus shows only the caller\'s own order; the sandbox MIIT API needs no login and never tells which field was wrong', async () => {
    const owner = await ApiClient.applicant(rt.current.url)
    const stranger = await ApiClient.applicant(rt.current.url)
    const orderId = await submittedOrder(owner, 41)
    expect(data(await owner.call('sms', { action: 'smsStatus', orderId }))).toMatchObject({ status: 'PENDING_INITIAL_REVIEW', required: true, sandbox: true, round: null })
    expect(await stranger.call('sms', { action: 'smsStatus', orderId })).toMatchObject({ ok: false, error: { code: 'ORDER.NOT_FOUND' } })
    const res = await fetch(`${rt.current.url}/api/sandbox/miit/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: '13703711041', certLast6: '123456', code: '123456' }) })
    expect(await res.json()).toEqual({ ok: true, data: { outcome: 'NOT_OPEN', message: '该条验证库里找不到记录' } })
    const page = await fetch(`${rt.current.url}/sandbox/miit/verify`)
    expect(await page.text()).toContain('证件号码后6位')
  })
})
