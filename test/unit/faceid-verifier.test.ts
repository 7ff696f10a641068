import http from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { tc3Authorization } from '../../cloud/tencent/tc3-client'
import { faceIdVerifier } from '../../cloud/verification/faceid-verifier'
import { localPhotoVerifier } from '../../cloud/verification/verifier'
import { documentPhoto, portrait } from '../support/images'

/**
 * The production 真实性核验 adapter against a local stand-in of Tencent Cloud
 * FaceID's ImageRecognition API, which checks the TC3 signature like the real
 * service and compares against its own "public-security" records.
 */
describe('FaceID ImageRecognition adapter', () => {
  const SECRET = { secretId: 'AKIDlocal', secretKey: 'local-secret' }
  const HOLDERS: Record<string, string> = { '110101199003071233': '张三' }
  let server: http.Server
  let endpoint = ''
  let dir = ''
  const calls: Array<Record<string, unknown>> = []

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'faceid-'))
    mkdirSync(path.join(dir, 'uploads'))
    writeFileSync(path.join(dir, 'uploads', 'face.jpg'), await portrait())
    writeFileSync(path.join(dir, 'uploads', 'doc.jpg'), await documentPhoto())
    process.env.ICP_LOCAL_FILES_DIR = dir
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        const ts = Number(req.headers['x-tc-timestamp'])
        const expected = tc3Authorization({ ...SECRET, service: 'faceid' }, String(req.headers.host), body, ts)
        const reply = (r: unknown) => res.end(JSON.stringify({ Response: { RequestId: 'local', ...(r as object) } }))
        if (req.headers.authorization !== expected) return reply({ Error: { Code: 'AuthFailure.SignatureFailure', Message: 'signature mismatch' } })
        if (req.headers['x-tc-action'] !== 'ImageRecognition' || req.headers['x-tc-version'] !== '2018-03-01')
          return reply({ Error: { Code: 'InvalidAction', Message: 'unknown action' } })
        const p = JSON.parse(body) as { IdCard: string; Name: string; ImageBase64: string }
        calls.push(p)
        if (!p.ImageBase64) return reply({ Error: { Code: 'FailedOperation.ImageDecodeFailed', Message: 'no image' } })
        const same = HOLDERS[p.IdCard] === p.Name
        reply({ Sim: same ? 88.5 : 31.2, Result: same ? 'Success' : 'FailedOperation.CompareLowSimilarity', Description: same ? '成功' : '比对相似度未达到通过标准' })
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    delete process.env.ICP_LOCAL_FILES_DIR
    rmSync(dir, { recursive: true, force: true })
  })

  const verifier = () => faceIdVerifier({ ...SECRET, endpoint }, localPhotoVerifier)

  it('passes the ID holder\'s photo, sending name, number and the image', async () => {
    expect(await verifier().verify('cloud://local.files/uploads/face.jpg', { name: '张三', idNumber: '110101199003071233' })).toEqual({ passed: true, problems: [] })
    expect(calls.at(-1)).toMatchObject({ IdCard: '110101199003071233', Name: '张三' })
  })

  it('refuses someone else, with a retake message', async () => {
    const out = await verifier().verify('cloud://local.files/uploads/face.jpg', { name: '李四', idNumber: '110101199003071233' })
    expect(out).toEqual({ passed: false, problems: ['照片与网站负责人身份证信息不一致，请由网站负责人本人拍摄'] })
  })

  it('applies the photo rules first and does not send a photo that fails them', async () => {
    const before = calls.length
    const out = await verifier().verify('cloud://local.files/uploads/doc.jpg', { name: '张三', idNumber: '110101199003071233' })
    expect(out.passed).toBe(false)
    expect(calls.length).toBe(before)
  })

  it('says the service is unavailable when the credentials are wrong (signature refused)', async () => {
    const wrong = faceIdVerifier({ secretId: 'AKIDlocal', secretKey: 'wrong', endpoint }, localPhotoVerifier)
    const out = await wrong.verify('cloud://local.files/uploads/face.jpg', { name: '张三', idNumber: '110101199003071233' })
    expect(out).toEqual({ passed: false, problems: ['核验服务暂时不可用，请稍后重试'] })
  })
})
