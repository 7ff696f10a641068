import sharp from 'sharp'
import { ApiClient, runtimeForSuite } from '../support/runtime'
import { data, upload } from '../support/api'
import { cardPhoto, greyscale } from '../support/cards'
import type { RecognizeResult } from '../../types/api/ocr'

/**
 * The ocr function through the running system: generated card photos uploaded
 * through POST /api/files, read by the local PaddleOCR engine in the function's
 * worker, checked and compared with what was entered. A handful of images, so
 * it stays within a bounded time.
 */
jest.setTimeout(120000)

describe('ocr function (local PaddleOCR engine)', () => {
  const runtime = runtimeForSuite()
  let api: ApiClient
  beforeAll(async () => {
    api = await ApiClient.applicant(runtime.current.url)
  })

  const recognize = (kind: string, fileID: string, extra: Record<string, unknown> = {}) => api.call<RecognizeResult>('ocr', { action: 'recognize', kind, fileID, ...extra })

  it('reads an ID card front: every field, with confidences, no problems', async () => {
    const { bytes, person } = await cardPhoto('RESIDENT_ID_FRONT', 101, 1)
    const r = data(await recognize('RESIDENT_ID_FRONT', await upload(api, bytes)))
    expect(r.fields).toMatchObject({ idNumber: person.idNumber, name: person.name, gender: person.gender, birthDate: person.birthDate, address: person.address })
    expect(r.confidence.idNumber).toBeGreaterThan(0.8)
    expect(r.problems).toEqual([])
    expect(r.engine).toBe('local')
  })

  it('reads the back (authority, validity) and a business licence', async () => {
    const back = await cardPhoto('RESIDENT_ID_BACK', 102, 0)
    const b = data(await recognize('RESIDENT_ID_BACK', await upload(api, back.bytes)))
    expect(b.fields).toMatchObject({ authority: back.person.authority, validFrom: back.person.validFrom, validTo: back.person.validTo })
    const lic = await cardPhoto('BUSINESS_LICENSE', 103, 1)
    const l = data(await recognize('BUSINESS_LICENSE', await upload(api, lic.bytes)))
    expect(l.fields).toMatchObject({ creditCode: lic.company.creditCode, companyName: lic.company.name, legalRepresentative: lic.company.legalRepresentative })
  })

  it('flags what differs from what the person entered, without changing it', async () => {
    const { bytes, person } = await cardPhoto('RESIDENT_ID_FRONT', 104, 0)
    const typedNumber = person.idNumber.slice(0, 16) + (person.idNumber[16] === '1' ? '3' : '1') + person.idNumber[17]
    const r = data(await recognize('RESIDENT_ID_FRONT', await upload(api, bytes), { entered: { name: ` ${person.name} `, idNumber: typedNumber } }))
    expect(r.mismatches).toEqual([{ field: 'idNumber', read: person.idNumber, entered: typedNumber, message: expect.stringContaining('不一致') }])
    expect(r.fields.idNumber).toBe(person.idNumber)
  })

  it('refuses someone else\'s file, and a greyscale upload at intake with its message', async () => {
    const { bytes } = await cardPhoto('RESIDENT_ID_FRONT', 105, 0)
    const fileID = await upload(api, bytes)
    const other = await ApiClient.applicant(runtime.current.url)
    expect(await other.call('ocr', { action: 'recognize', kind: 'RESIDENT_ID_FRONT', fileID })).toMatchObject({ ok: false, error: { code: 'FILE.NOT_FOUND' } })
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await greyscale(bytes))]), 'scan.jpg')
    const refused = await api.raw('POST', '/api/files?purpose=DOCUMENT', form)
    expect(refused).toMatchObject({ status: 400, body: { ok: false, error: { code: 'IMAGE.GREYSCALE', field: 'file', message: expect.stringContaining('彩色') } } })
  })

  it('reads a card photographed upside down or sideways', async () => {
    for (const [seed, degrees] of [[107, 180], [108, 90], [109, 270]]) {
      const { bytes, person } = await cardPhoto('RESIDENT_ID_FRONT', seed, 0)
      const turned = await sharp(bytes).rotate(degrees).jpeg({ quality: 92 }).toBuffer()
      const r = data(await recognize('RESIDENT_ID_FRONT', await upload(api, turned)))
      expect({ degrees, ...r.fields }).toMatchObject({ degrees, idNumber: person.idNumber, name: person.name })
    }
  })

  it('says at once when a photo shows no card', async () => {
    const table = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#6b4f3a' } }).jpeg().toBuffer()
    const r = await recognize('RESIDENT_ID_FRONT', await upload(api, table))
    expect(r).toMatchObject({ ok: false, error: { code: 'OCR.NOT_RECOGNIZED', message: expect.stringContaining('身份证人像面') } })
  })

  it('says when nothing could be read', async () => {
    const { bytes } = await cardPhoto('BUSINESS_LICENSE', 106, 0)
    const r = await recognize('RESIDENT_ID_BACK', await upload(api, bytes))
    // A licence has no 签发机关 or 有效期限 of an ID card back.
    expect(r).toMatchObject({ ok: false, error: { code: 'OCR.NOT_RECOGNIZED', message: expect.stringContaining('身份证国徽面') } })
  })
})
