import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { tc3Authorization } from '../../cloud/tencent/tc3-client'
import { tencentSms } from '../../cloud/messaging/tencent-sms'
import { smtpMail } from '../../cloud/messaging/smtp-mail'
import { wechatSubscribe } from '../../cloud/messaging/wechat-subscribe'
import { DeliveryError } from '../../cloud/messaging/channels'

type Handler = (req: http.IncomingMessage, body: string) => unknown
async function standIn(handler: Handler): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => res.end(JSON.stringify(handler(req, body))))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) }
}

const failure = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    return e as DeliveryError
  }
  throw new Error('expected a failure')
}

describe('Tencent Cloud SMS SendSms adapter (against a signature-checking stand-in)', () => {
  const SECRET = { secretId: 'AKIDlocal', secretKey: 'sms-secret' }
  const sent: Array<Record<string, unknown>> = []
  let api: Awaited<ReturnType<typeof standIn>>
  beforeAll(async () => {
    api = await standIn((req, body) => {
      const expected = tc3Authorization({ ...SECRET, service: 'sms' }, String(req.headers.host), body, Number(req.headers['x-tc-timestamp']))
      if (req.headers.authorization !== expected) return { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'signature mismatch' } } }
      if (req.headers['x-tc-action'] !== 'SendSms' || req.headers['x-tc-version'] !== '2021-01-11') return { Response: { Error: { Code: 'InvalidAction', Message: '?' } } }
      const p = JSON.parse(body) as { PhoneNumberSet: string[]; TemplateId: string; SignName: string; SmsSdkAppId: string; TemplateParamSet: string[] }
      sent.push(p)
      if (p.TemplateId === '999') return { Response: { SendStatusSet: [{ Code: 'FailedOperation.TemplateIncorrectOrUnapproved', Message: '模板未审核', SerialNo: '' }], RequestId: 'r' } }
      return { Response: { SendStatusSet: [{ Code: 'Ok', Message: 'send success', SerialNo: `serial-${sent.length}`, PhoneNumber: p.PhoneNumberSet[0] }], RequestId: 'r' } }
    })
  })
  afterAll(() => api.close())
  const sender = (secretKey = SECRET.secretKey) =>
    tencentSms({ secretId: SECRET.secretId, secretKey, endpoint: api.url, region: 'ap-guangzhou', appId: '1400000001', signName: '示例云', templates: { CONTACT_VERIFY: { id: '100001', params: ['code', 'minutes'] }, BAD: { id: '999', params: [] } } })

  it('sends the template with its parameters in order, to +86, signed', async () => {
    expect(await sender().send({ phone: '13800138000', text: '…', template: 'CONTACT_VERIFY', params: { code: '123456', minutes: '10' } })).toEqual({ id: 'serial-1' })
    expect(sent.at(-1)).toEqual({ PhoneNumberSet: ['+8613800138000'], SmsSdkAppId: '1400000001', SignName: '示例云', TemplateId: '100001', TemplateParamSet: ['123456', '10'] })
  })

  it('reports a refused message, a bad signature and an unconfigured template as delivery errors', async () => {
    expect(await failure(sender().send({ phone: '13800138000', text: '', template: 'BAD', params: {} }))).toMatchObject({ code: 'TENCENT.FailedOperation.TemplateIncorrectOrUnapproved' })
    expect(await failure(sender('wrong').send({ phone: '13800138000', text: '', template: 'CONTACT_VERIFY', params: {} }))).toMatchObject({ code: 'TENCENT.AuthFailure.SignatureFailure', permanent: true })
    expect(await failure(sender().send({ phone: '13800138000', text: '', template: 'NOPE', params: {} }))).toMatchObject({ code: 'SMS.TEMPLATE_NOT_CONFIGURED', permanent: true })
  })
})

describe('SMTP adapter (nodemailer against a local smtp-server)', () => {
  const received: Array<{ from: string; to: string[]; data: string }> = []
  let server: SMTPServer
  let port = 0
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo(address, _s, cb) {
        cb(address.address.endsWith('@bounce.test') ? Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }) : undefined)
      },
      onData(stream, session, cb) {
        let data = ''
        stream.on('data', (c: Buffer) => (data += c.toString('utf8')))
        stream.on('end', () => {
          received.push({ from: (session.envelope.mailFrom as { address: string }).address, to: session.envelope.rcptTo.map((r) => r.address), data })
          cb()
        })
      }
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    port = (server.server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('delivers the notice with sender, recipient, subject and Chinese body', async () => {
    const mail = smtpMail({ url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, from: '备案中心 <beian@provider.test>' })
    const r = await mail.send({ to: 'zhang@example.com', subject: '备案初审通过：example.com', text: '您的备案订单已通过初审。', template: 'INITIAL_APPROVED' })
    expect(r.id).toMatch(/@/)
    const got = received.at(-1)!
    expect(got).toMatchObject({ from: 'beian@provider.test', to: ['zhang@example.com'] })
    expect(got.data).toMatch(/Subject: =\?UTF-8\?/)
    const raw = got.data.split(/\r?\n\r?\n/).slice(1).join('\n')
    const body = /Content-Transfer-Encoding: base64/i.test(got.data)
      ? Buffer.from(raw.replace(/\s/g, ''), 'base64').toString('utf8')
      : Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})|([^=])/g, (_m, hex: string, ch: string) => (hex ? String.fromCharCode(parseInt(hex, 16)) : ch)), 'latin1').toString('utf8')
    expect(body).toContain('您的备案订单已通过初审。')
  })

  it('a refused mailbox is a permanent failure (not retried)', async () => {
    const mail = smtpMail({ url: `smtp://127.0.0.1:${port}?ignoreTLS=true`, from: 'beian@provider.test' })
    expect(await failure(mail.send({ to: 'gone@bounce.test', subject: 's', text: 't', template: 'X' }))).toMatchObject({ permanent: true })
  })
})

describe('WeChat subscribeMessage.send adapter (against a stand-in of api.weixin.qq.com)', () => {
  let tokens = 0
  const messages: Array<Record<string, unknown>> = []
  let api: Awaited<ReturnType<typeof standIn>>
  beforeAll(async () => {
    api = await standIn((req, body) => {
      const url = new URL(req.url!, 'http://x')
      const p = JSON.parse(body) as Record<string, unknown>
      if (url.pathname === '/cgi-bin/stable_token') {
        if (p.appid !== 'wxapp' || p.secret !== 'wxsecret') return { errcode: 40125, errmsg: 'invalid appsecret' }
        tokens++
        return { access_token: `token-${tokens}`, expires_in: 7200 }
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send') {
        if (url.searchParams.get('access_token') !== `token-${tokens}`) return { errcode: 40001, errmsg: 'invalid credential' }
        if (p.touser === 'not-subscribed') return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
        messages.push(p)
        return { errcode: 0, errmsg: 'ok', msgid: 42 }
      }
      return { errcode: 404 }
    })
  })
  afterAll(() => api.close())

  it('gets a stable token once, sends the fields as {value}, cut to WeChat\'s limits', async () => {
    const send = wechatSubscribe({ endpoint: api.url, appId: 'wxapp', secret: 'wxsecret' })
    const m = { openid: 'o-1', templateId: 'TPL', page: 'packages/filing/order/index?id=1', data: { thing1: '一个非常非常非常非常长的网站域名说明文字超过二十个字', phrase2: '初审通过' }, template: 'INITIAL_APPROVED' }
    expect(await send.send(m)).toEqual({ id: '42' })
    await send.send(m)
    expect(tokens).toBe(1)
    expect(messages.at(-1)).toMatchObject({ touser: 'o-1', template_id: 'TPL', page: m.page, miniprogram_state: 'formal', data: { phrase2: { value: '初审通过' } } })
    expect(((messages.at(-1)!.data as Record<string, { value: string }>).thing1.value).length).toBe(20)
  })

  it('a person who did not subscribe is a permanent failure; a wrong secret too', async () => {
    expect(await failure(wechatSubscribe({ endpoint: api.url, appId: 'wxapp', secret: 'wxsecret' }).send({ openid: 'not-subscribed', templateId: 'T', page: 'p', data: {}, template: 'X' }))).toMatchObject({ code: 'WECHAT.43101', permanent: true })
    expect(await failure(wechatSubscribe({ endpoint: api.url, appId: 'wxapp', secret: 'nope' }).send({ openid: 'o', templateId: 'T', page: 'p', data: {}, template: 'X' }))).toMatchObject({ code: 'WECHAT.40125', permanent: true })
  })
})

describe('a provider that never answers', () => {
  it('fails the send within the outbound bound instead of holding the request', async () => {
    const server = http.createServer(() => undefined) // accepts, never responds
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const sms = tencentSms({ secretId: 'AKIDlocal', secretKey: 'k', endpoint: url, region: 'ap-guangzhou', appId: '1400000000', signName: '备案中心', templates: { INITIAL_APPROVED: { id: '1', params: ['domain'] } } } as Parameters<typeof tencentSms>[0])
    const started = Date.now()
    const e = await failure(sms.send({ phone: '13800138000', template: 'INITIAL_APPROVED', params: { domain: 'example.com' }, text: '' } as Parameters<typeof sms.send>[0]))
    expect(Date.now() - started).toBeLessThan(4500)
    expect(String((e as Error).name)).toMatch(/TimeoutError|AbortError/)
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  })
})
