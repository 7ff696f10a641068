import sharp from 'sharp'
import { intakeImage } from '../../cloud/images/intake'
import { documentPhoto, portrait } from '../support/images'
import { cardPhoto, greyscale } from '../support/cards'

/** Every refusal of the upload intake, each with its own Chinese message, and what is kept of what passes. */
jest.setTimeout(60000)

describe('image intake', () => {
  let card: Buffer
  beforeAll(async () => {
    card = (await cardPhoto('RESIDENT_ID_FRONT', 11, 1)).bytes
  })

  const refusal = async (bytes: Buffer, purpose: 'DOCUMENT' | 'PORTRAIT' | 'ANY' = 'DOCUMENT') => {
    const out = await intakeImage(bytes, purpose)
    if (out.ok) throw new Error('expected a refusal')
    return out.problems
  }

  it('takes a colour photo of a card', async () => {
    const out = await intakeImage(card, 'DOCUMENT')
    expect(out).toMatchObject({ ok: true, ext: 'jpg', contentType: 'image/jpeg' })
  })

  it('refuses bytes that are not an image, whatever the name says', async () => {
    expect(await refusal(Buffer.from('hello, not an image'))).toEqual([{ code: 'FILE.UNSUPPORTED_TYPE', message: expect.stringContaining('不是可识别的图片') }])
  })

  it('refuses a format the providers do not take (WebP)', async () => {
    const webp = await sharp(card).webp().toBuffer()
    expect((await refusal(webp))[0]).toMatchObject({ code: 'FILE.UNSUPPORTED_TYPE', message: expect.stringContaining('WEBP') })
  })

  it('refuses a truncated file', async () => {
    expect((await refusal(card.subarray(0, Math.floor(card.length * 0.6))))[0]).toMatchObject({ code: 'FILE.CORRUPT', message: expect.stringContaining('不完整') })
  })

  it('refuses an image too small to read', async () => {
    const small = await sharp(card).resize(400).jpeg().toBuffer()
    expect((await refusal(small, 'ANY'))[0]).toMatchObject({ code: 'IMAGE.TOO_SMALL', message: expect.stringMatching(/图片太小（400×\d+ 像素）/) })
  })

  it('refuses a black-and-white scan (the seeds want 彩色电子版)', async () => {
    expect((await refusal(await greyscale(card)))[0]).toMatchObject({ code: 'IMAGE.GREYSCALE', message: expect.stringContaining('彩色') })
  })

  it('refuses a photocopy photographed on a coloured table', async () => {
    const copy = await sharp(card).greyscale().linear(1.8, -120).resize(1200).toColourspace('srgb').jpeg().toBuffer()
    const onTable = await sharp({ create: { width: 1500, height: 1100, channels: 3, background: '#6b4f3a' } })
      .composite([{ input: copy, left: 150, top: 150 }])
      .jpeg()
      .toBuffer()
    expect((await refusal(onTable))[0]).toMatchObject({ code: 'IMAGE.PHOTOCOPY', message: expect.stringContaining('复印件') })
  })

  it('refuses a blurred photo', async () => {
    expect((await refusal(await sharp(card).blur(4).jpeg().toBuffer())).map((p) => p.code)).toContain('IMAGE.BLURRED')
  })

  it('says what is wrong with a 真实性核验 photo (background)', async () => {
    const problems = await refusal(await portrait('#7a6a55'), 'PORTRAIT')
    expect(problems).toEqual([{ code: 'IMAGE.PORTRAIT', message: expect.stringContaining('背景须为纯白色') }])
    expect((await intakeImage(await portrait(), 'PORTRAIT')).ok).toBe(true)
  })

  it('turns the photo upright by its EXIF orientation and stores it without EXIF or GPS', async () => {
    // A phone photo: pixels stored sideways, orientation 6 (rotate 90° clockwise), camera and GPS tags.
    const sideways = await sharp(await documentPhoto(1000, 640))
      .rotate(-90)
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    const before = await sharp(sideways).metadata()
    expect(before).toMatchObject({ orientation: 6, width: 640, height: 1000 })
    expect(sideways.includes(Buffer.from('PhoneMaker'))).toBe(true)
    const out = await intakeImage(sideways, 'DOCUMENT')
    if (!out.ok) throw new Error(JSON.stringify(out.problems))
    const after = await sharp(out.bytes).metadata()
    expect([after.width, after.height]).toEqual([1000, 640])
    expect(after.exif).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(out.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false)
  })

  it('takes a GIF (WeChat and Tencent accept it) and stores it as PNG', async () => {
    const gif = await sharp(await documentPhoto()).gif().toBuffer()
    expect(await intakeImage(gif, 'ANY')).toMatchObject({ ok: true, ext: 'png' })
  })
})
