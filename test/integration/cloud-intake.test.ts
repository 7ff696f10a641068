import sharp from 'sharp'
import { sdkGatewayForSuite } from '../support/sdk-gateway'
import { documentPhoto } from '../support/images'
import { cardPhoto, greyscale } from '../support/cards'
import { acceptUpload, uploadSlot } from '../../cloud/storage/cloud-intake'
import { isOwnFile, readFileBytes } from '../../cloud/storage/file-access'
import { temporaryFileUrl } from '../../cloud/storage/file-urls'
import { wxCloud } from '../../cloud/kernel/wx'
import { AppFailure } from '../../types/result'

/**
 * The mini-program's upload path in production: wx.cloud.uploadFile straight to
 * cloud storage, then filing/acceptUpload runs the same intake as POST /api/files.
 * Here the production storage code (wx-server-sdk downloadFile, uploadFile,
 * deleteFile, getTempFileURL) runs against a local stand-in of the storage API.
 */
describe('intake of files uploaded straight to cloud storage (production path)', () => {
  const cloud = sdkGatewayForSuite('cloud-intake')
  const now = new Date('2026-12-01T08:00:00Z')
  beforeAll(() => {
    delete process.env.ICP_LOCAL_FILES_DIR
  })

  /** What the mini-program does: ask for a slot, upload there. */
  const uploadAs = async (openid: string, bytes: Buffer) => {
    const { cloudPath } = uploadSlot(openid, 'jpg')
    expect(cloudPath).toMatch(/^intake\/[0-9a-f]{16}\/[0-9a-f]{32}\.jpg$/)
    return ((await wxCloud().uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string }).fileID
  }
  const keyOf = (fileID: string) => fileID.replace('cloud://local.files/', '')

  it('accepts a good photo: upright, without metadata, stored again under a random name, owned by the caller; the pending upload is gone', async () => {
    // A sideways camera photo (EXIF orientation 6) with GPS-like metadata.
    const photo = await sharp(await documentPhoto(1000, 700)).withMetadata({ orientation: 6, exif: { IFD0: { Make: 'PhoneCam', ImageDescription: 'home 39.9N 116.4E' } } }).jpeg().toBuffer()
    const pending = await uploadAs('openid-a', photo)
    const { fileID } = await acceptUpload(cloud.db(), 'openid-a', pending, 'DOCUMENT', now)
    expect(fileID).toMatch(/^cloud:\/\/local\.files\/uploads\/[0-9a-f]{32}\.jpg$/)
    expect(cloud.storage().read(keyOf(pending))).toBeNull()
    const stored = await readFileBytes(fileID)
    const meta = await sharp(stored).metadata()
    expect([meta.width, meta.height]).toEqual([700, 1000])
    expect(meta.exif).toBeUndefined()
    expect(meta.orientation).toBeUndefined()
    expect(await isOwnFile(cloud.db(), fileID, 'openid-a')).toBe(true)
    expect(await isOwnFile(cloud.db(), fileID, 'openid-b')).toBe(false)
    // Its short-lived URL comes from getTempFileURL and serves the bytes.
    const { url } = await temporaryFileUrl(fileID, now, 120)
    expect(Buffer.from(await (await fetch(url)).arrayBuffer()).equals(stored)).toBe(true)
  })

  it('refuses a greyscale scan with its message, and deletes the pending upload', async () => {
    const { bytes } = await cardPhoto('RESIDENT_ID_FRONT', 301, 0)
    const pending = await uploadAs('openid-a', await greyscale(bytes))
    const refusal = await acceptUpload(cloud.db(), 'openid-a', pending, 'DOCUMENT', now).catch((e: AppFailure) => e)
    expect(refusal).toBeInstanceOf(AppFailure)
    expect((refusal as AppFailure).error).toMatchObject({ code: 'IMAGE.GREYSCALE', field: 'file', message: expect.stringContaining('彩色'), detail: { problems: [expect.objectContaining({ code: 'IMAGE.GREYSCALE' })] } })
    expect(cloud.storage().read(keyOf(pending))).toBeNull()
  })

  it('refuses what is not an image, and anyone else\'s upload slot', async () => {
    const junk = await uploadAs('openid-a', Buffer.from('%PDF-1.4 not an image'))
    await expect(acceptUpload(cloud.db(), 'openid-a', junk, 'ANY', now)).rejects.toMatchObject({ error: { code: 'FILE.UNSUPPORTED_TYPE' } })
    const mine = await uploadAs('openid-a', await documentPhoto())
    await expect(acceptUpload(cloud.db(), 'openid-b', mine, 'ANY', now)).rejects.toMatchObject({ error: { code: 'FILE.NOT_FOUND' } })
    // The owner's upload is untouched by the other's attempt.
    expect(cloud.storage().read(keyOf(mine))).not.toBeNull()
    await expect(acceptUpload(cloud.db(), 'openid-a', 'cloud://local.files/uploads/elsewhere.jpg', 'ANY', now)).rejects.toMatchObject({ error: { code: 'FILE.NOT_FOUND' } })
  })
})
