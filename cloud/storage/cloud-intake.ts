import { createHash, randomBytes } from 'node:crypto'
import type { UploadPurpose } from '../../domain/rules/image-quality'
import { AppFailure } from '../../types/result'
import { intakeImage } from '../images/intake'
import { type Database, wxCloud } from '../kernel/wx'

/**
 * Intake for the mini-program, which uploads straight to cloud storage
 * (wx.cloud.uploadFile) and so bypasses POST /api/files. The app asks for an
 * upload slot — `intake/<tag of the caller>/<random>.<ext>` — uploads there,
 * then calls acceptUpload: the function downloads the file, runs the same
 * intake (real decoding, orientation, metadata stripped, quality rules),
 * deletes the pending upload whatever the outcome, and stores an accepted
 * image again under a random name, owned by the caller (collection `files`).
 * A slot carries the caller's tag, so nobody can accept another person's upload.
 */
const callerTag = (openid: string) => createHash('sha256').update(`icp-intake:${openid}`).digest('hex').slice(0, 16)

export function uploadSlot(openid: string, ext: 'jpg' | 'png'): { cloudPath: string } {
  return { cloudPath: `intake/${callerTag(openid)}/${randomBytes(16).toString('hex')}.${ext}` }
}

const notFound = () => new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在或已过期，请重新上传', field: 'fileID' })

export async function acceptUpload(db: Database, openid: string, fileID: string, purpose: UploadPurpose, now: Date): Promise<{ fileID: string }> {
  const m = /\/intake\/([0-9a-f]{16})\/[0-9a-f]{32}\.(jpg|png)$/.exec(fileID)
  if (!m || m[1] !== callerTag(openid)) throw notFound()
  const cloud = wxCloud()
  let bytes: Buffer
  try {
    bytes = ((await cloud.downloadFile({ fileID })) as { fileContent: Buffer }).fileContent
  } catch {
    throw notFound()
  }
  const outcome = await intakeImage(bytes, purpose)
  // The pending upload goes whatever the outcome: only intake's output is kept.
  await Promise.resolve(cloud.deleteFile({ fileList: [fileID] })).catch((e: Error) => console.error(`[intake] could not delete ${fileID}: ${e.message}`))
  if (!outcome.ok)
    throw new AppFailure({ code: outcome.problems[0].code, message: outcome.problems.map((p) => p.message).join('；'), field: 'file', detail: { problems: outcome.problems } })
  const id = randomBytes(16).toString('hex')
  const stored = (await cloud.uploadFile({ cloudPath: `uploads/${id}.${outcome.ext}`, fileContent: outcome.bytes })) as { fileID: string }
  await db.collection('files').add({ data: { _id: id, fileID: stored.fileID, owner: openid, contentType: outcome.contentType, size: outcome.bytes.length, createdAt: now } })
  return { fileID: stored.fileID }
}
