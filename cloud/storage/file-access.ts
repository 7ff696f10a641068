import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { AppFailure } from '../../types/result'
import { firstRow } from '../kernel/query'
import { type Database, wxCloud } from '../kernel/wx'

/**
 * Reading an uploaded file and checking who owns it. Locally the runtime's
 * file store is a directory (ICP_LOCAL_FILES_DIR); in WeChat cloud the bytes
 * come from cloud storage (cloud.downloadFile).
 */
export async function assertOwnFile(db: Database, fileID: string, openid: string, field: string): Promise<void> {
  const file = await firstRow(db.collection('files').where({ fileID, owner: openid }))
  if (!file) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在或已过期，请重新上传', field })
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
