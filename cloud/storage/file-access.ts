import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { AppFailure } from '../../types/result'
import { firstRow } from '../kernel/query'
import { type Database, wxCloud } from '../kernel/wx'
import type { Order } from '../../types/order'

/** Every file an order refers to: materials, the 真实性核验 photo, 前置审批 documents. */
export const orderFileIDs = (o: Order): Set<string> =>
  new Set([
    ...o.materials.map((m) => m.fileID),
    ...(o.verification ? [o.verification.fileID] : []),
    ...o.websites.flatMap((w) => (w.preApprovals ?? []).flatMap((p) => (p.fileID ? [p.fileID] : [])))
  ])

/**
 * Reading an uploaded file and checking who owns it. Locally the runtime's
 * file store is a directory (ICP_LOCAL_FILES_DIR); in WeChat cloud the bytes
 * come from cloud storage (cloud.downloadFile).
 */
export async function isOwnFile(db: Database, fileID: string, openid: string): Promise<boolean> {
  return !!(await firstRow(db.collection('files').where({ fileID, owner: openid })))
}

export async function assertOwnFile(db: Database, fileID: string, openid: string, field: string): Promise<void> {
  if (!(await isOwnFile(db, fileID, openid))) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在或已过期，请重新上传', field })
}

export async function readFileBytes(fileID: string): Promise<Buffer> {
  const localDir = process.env.ICP_LOCAL_FILES_DIR
  if (localDir) {
    const name = fileID.replace(/^cloud:\/\/local\.files\//, '')
    if (name === fileID || name.includes('..')) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在，请重新上传' })
    return readFile(path.join(localDir, name))
  }
  const res = (await wxCloud().downloadFile({ fileID })) as { fileContent: Buffer }
  return res.fileContent
}
