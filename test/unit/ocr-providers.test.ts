import http from 'node:http'
import { tc3Authorization } from '../../cloud/tencent/tc3-client'
import { tencentEngine } from '../../cloud/ocr/tencent-engine'
import { httpsOpenApi, wechatEngine } from '../../cloud/ocr/wechat-engine'
import { recognizeCard } from '../../cloud/ocr/recognize'
import { AppFailure } from '../../types/result'

/**
 * The production OCR adapters against local stand-ins of their APIs: Tencent
 * Cloud OCR (checks the TC3 signature, answers IDCardOCR / BizLicenseOCR as
 * documented) and WeChat's OCR over HTTPS (access token, multipart image).
 */
const IMAGE = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])
const PERSON = { Name: '李小红', Sex: '女', Nation: '汉', Birth: '1990/3/7', Address: '北京市东城区某某路8号', IdNum: '110101199003074488', Authority: '北京市公安局东城分局', ValidDate: '2015.03.07-2035.03.07' }

function standIn(handler: (req: http.IncomingMessage, body: Buffer) => unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => res.end(JSON.stringify(handler(req, Buffer.concat(chunks)))))
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => new Promise((r) => server.close(() => r())) })
    )
  )
}

describe('Tencent Cloud OCR adapter', () => {
  const SECRET = { secretId: 'AKIDlocal', secretKey: 'local-secret' }
  let api: Awaited<ReturnType<typeof standIn>>
  beforeAll(async () => {
    api = await standIn((req, body) => {
      const text = body.toString()
      const ts = Number(req.headers['x-tc-timestamp'])
      if (req.headers.authorization !== tc3Authorization({ ...SECRET, service: 'ocr' }, String(req.headers.host), text, ts))
        return { Response: { Error: { Code: 'AuthFailure.SignatureFailure', Message: 'bad signature' } } }
      const p = JSON.parse(text) as { ImageBase64: string; CardSide?: string }
      if (Buffer.from(p.ImageBase64, 'base64').length !== IMAGE.length) return { Response: { Error: { Code: 'FailedOperation.ImageDecodeFailed', Message: 'decode' } } }
      if (req.headers['x-tc-action'] === 'IDCardOCR')
        return { Response: p.CardSide === 'BACK' ? { Authority: PERSON.Authority, ValidDate: PERSON.ValidDate } : { ...PERSON, Authority: '', ValidDate: '' } }
      if (req.headers['x-tc-action'] === 'BizLicenseOCR')
        return { Response: { RegNum: '91110000600037341L', Name: '星辰网络科技有限公司', Person: '王五', Address: '北京市海淀区某路1号', Type: '有限责任公司', Period: '2015年03月07日至长期', SetDate: '2015年03月07日' } }
      return { Response: { Error: { Code: 'InvalidAction', Message: 'unknown' } } }
    })
  })
  afterAll(() => api.close())
  const engine = () => tencentEngine({ ...SECRET, endpoint: api.url })

  it('reads both sides of an ID card and a licence into our fields', async () => {
    expect((await engine().read('RESIDENT_ID_FRONT', IMAGE, '2026-12-01')).fields).toEqual({
      name: '李小红', gender: '女', ethnicity: '汉', birthDate: '1990-03-07', address: PERSON.Address, idNumber: PERSON.IdNum
    })
    expect((await engine().read('RESIDENT_ID_BACK', IMAGE, '2026-12-01')).fields).toEqual({ authority: PERSON.Authority, validFrom: '2015-03-07', validTo: '2035-03-07' })
    expect((await engine().read('BUSINESS_LICENSE', IMAGE, '2026-12-01')).fields).toMatchObject({ creditCode: '91110000600037341L', companyName: '星辰网络科技有限公司', legalRepresentative: '王五', validFrom: '2015-03-07', validTo: 'LONG_TERM' })
  })

  it('turns provider failures into Chinese errors', async () => {
    await expect(engine().read('RESIDENT_ID_FRONT', Buffer.from([1]), '2026-12-01')).rejects.toMatchObject({ error: { code: 'OCR.NOT_RECOGNIZED' } })
    const wrong = tencentEngine({ secretId: 'AKIDlocal', secretKey: 'wrong', endpoint: api.url })
    await expect(wrong.read('RESIDENT_ID_FRONT', IMAGE, '2026-12-01')).rejects.toMatchObject({ error: { code: 'OCR.UNAVAILABLE', message: expect.stringContaining('暂时不可用') } })
  })

  it('checks what the provider read and flags differences from what was entered', async () => {
    const r = await recognizeCard(engine(), IMAGE, { kind: 'RESIDENT_ID_FRONT', fileID: 'x', entered: { name: '李晓红', idNumber: PERSON.IdNum.toLowerCase() } }, new Date('2026-12-01T04:00:00Z'))
    expect(r.mismatches).toEqual([{ field: 'name', read: '李小红', entered: '李晓红', message: expect.stringContaining('姓名') }])
    expect(r.confidence.name).toBeNull()
  })
})

describe('WeChat OCR adapter (HTTPS API)', () => {
  let api: Awaited<ReturnType<typeof standIn>>
  let tokens = 0
  beforeAll(async () => {
    api = await standIn((req, body) => {
      const url = new URL(req.url ?? '/', 'http://x')
      if (url.pathname === '/cgi-bin/token') {
        if (url.searchParams.get('secret') !== 'app-secret') return { errcode: 40001, errmsg: 'invalid credential' }
        tokens++
        return { access_token: 'TOKEN', expires_in: 7200 }
      }
      if (url.searchParams.get('access_token') !== 'TOKEN') return { errcode: 40001, errmsg: 'invalid token' }
      if (!String(req.headers['content-type']).startsWith('multipart/form-data') || !body.includes(IMAGE)) return { errcode: 101000, errmsg: 'invalid image' }
      if (url.pathname === '/cv/ocr/idcard' && url.searchParams.get('type') === 'photo')
        return body.includes(Buffer.from('BACKSIDE'))
          ? { errcode: 0, type: 'Back', valid_date: '20150307-20350307' }
          : { errcode: 0, type: 'Front', name: '李小红', id: PERSON.IdNum, addr: PERSON.Address, gender: '女', nationality: '汉' }
      if (url.pathname === '/cv/ocr/bizlicense')
        return { errcode: 0, reg_num: '91110000600037341L', enterprise_name: '星辰网络科技有限公司', legal_representative: '王五', address: '北京市海淀区某路1号', type_of_enterprise: '有限责任公司', valid_period: '长期', registered_date: '2015年03月07日' }
      return { errcode: 40066, errmsg: 'invalid url' }
    })
  })
  afterAll(() => api.close())

  it('reads the front, the back and a licence with one access token', async () => {
    const engine = wechatEngine(httpsOpenApi(api.url, 'wx-app', 'app-secret'))
    expect((await engine.read('RESIDENT_ID_FRONT', IMAGE, '2026-12-01')).fields).toEqual({
      name: '李小红', gender: '女', ethnicity: '汉', address: PERSON.Address, idNumber: PERSON.IdNum, birthDate: '1990-03-07'
    })
    const back = Buffer.concat([IMAGE, Buffer.from('BACKSIDE')])
    expect((await engine.read('RESIDENT_ID_BACK', back, '2026-12-01')).fields).toEqual({ validFrom: '2015-03-07', validTo: '2035-03-07' })
    expect((await engine.read('BUSINESS_LICENSE', IMAGE, '2026-12-01')).fields).toMatchObject({ creditCode: '91110000600037341L', validFrom: '2015-03-07', validTo: 'LONG_TERM' })
    expect(tokens).toBe(1)
  })

  it('says which side is wanted when the other side is uploaded', async () => {
    const engine = wechatEngine(httpsOpenApi(api.url, 'wx-app', 'app-secret'))
    const back = Buffer.concat([IMAGE, Buffer.from('BACKSIDE')])
    await expect(engine.read('RESIDENT_ID_FRONT', back, '2026-12-01')).rejects.toMatchObject({ error: { code: 'OCR.WRONG_SIDE', message: '这是身份证国徽面，请上传人像面' } })
  })

  it('refuses an unreadable image with a retake message, and a bad secret as unavailable', async () => {
    const engine = wechatEngine(httpsOpenApi(api.url, 'wx-app', 'app-secret'))
    await expect(engine.read('RESIDENT_ID_FRONT', Buffer.from('xx'), '2026-12-01')).rejects.toBeInstanceOf(AppFailure)
    await expect(engine.read('RESIDENT_ID_FRONT', Buffer.from('xx'), '2026-12-01')).rejects.toMatchObject({ error: { code: 'OCR.NOT_RECOGNIZED' } })
    const bad = wechatEngine(httpsOpenApi(api.url, 'wx-app', 'nope'))
    await expect(bad.read('RESIDENT_ID_FRONT', IMAGE, '2026-12-01')).rejects.toMatchObject({ error: { code: 'OCR.UNAVAILABLE' } })
  })
})
