import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { TcbReply } from './database-gateway'

/**
 * A stand-in of the CloudBase storage API as wx-server-sdk calls it through its
 * serviceUrl: `storage.getUploadMetadata` (then a PUT of the bytes to the URL
 * it returns, as to COS), `storage.batchGetDownloadUrl` (then a GET),
 * `storage.batchDeleteFile`. Objects live in a directory; fileIDs are
 * `cloud://local.files/<cloudPath>`. With it the production storage code
 * (downloadFile, uploadFile, deleteFile, getTempFileURL) runs unchanged.
 */
export interface StorageRequest {
  action: string
  path?: string
  file_list?: Array<{ fileid: string; max_age?: number }>
  fileid_list?: string[]
}

const PREFIX = 'cloud://local.files/'
const validKey = (key: string) => /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_.-]+)*$/.test(key) && !key.split('/').includes('..')
const keyOf = (fileID: string) => (fileID.startsWith(PREFIX) && validKey(fileID.slice(PREFIX.length)) ? fileID.slice(PREFIX.length) : null)

export class StorageGateway {
  /** One-time upload tokens: token → key (as COS's signed PUT). */
  private readonly uploads = new Map<string, string>()

  /** `objectBase`: the URL under which put()/get() are served, e.g. `http://127.0.0.1:8080/__tcb/<secret>/objects`. */
  constructor(private readonly root: string, private readonly objectBase: () => string) {
    mkdirSync(root, { recursive: true })
  }

  handle(body: StorageRequest): TcbReply {
    const requestId = `local-${randomBytes(4).toString('hex')}`
    if (body.action === 'storage.getUploadMetadata') {
      const key = String(body.path ?? '')
      if (!validKey(key)) return { requestId, code: 'INVALID_PARAM', message: `cloudPath ${key} is not valid` }
      const token = randomBytes(16).toString('hex')
      this.uploads.set(token, key)
      return { requestId, data: { url: `${this.objectBase()}/${key}?token=${token}`, token, authorization: token, fileId: `${PREFIX}${key}`, cosFileId: key } }
    }
    if (body.action === 'storage.batchGetDownloadUrl') {
      const download_list = (body.file_list ?? []).map((f) => {
        const key = keyOf(f.fileid)
        const exists = key && this.read(key)
        return exists
          ? { fileID: f.fileid, tempFileURL: `${this.objectBase()}/${key}`, code: 'SUCCESS', maxAge: f.max_age ?? 600 }
          : { fileID: f.fileid, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: 'file does not exist' }
      })
      return { requestId, data: { download_list } }
    }
    if (body.action === 'storage.batchDeleteFile') {
      const delete_list = (body.fileid_list ?? []).map((fileID) => {
        const key = keyOf(fileID)
        if (!key || !this.read(key)) return { fileID, code: 'STORAGE_FILE_NONEXIST' }
        rmSync(path.join(this.root, key), { force: true })
        return { fileID, code: 'SUCCESS' }
      })
      return { requestId, data: { delete_list } }
    }
    return { requestId, code: 'ACTION_UNSUPPORTED', message: `${body.action} is not served by the local storage stand-in` }
  }

  /** The PUT of an upload: only with the token getUploadMetadata handed out for that key. */
  put(key: string, token: string | undefined, bytes: Buffer): boolean {
    if (!token || this.uploads.get(token) !== key) return false
    this.uploads.delete(token)
    mkdirSync(path.dirname(path.join(this.root, key)), { recursive: true })
    writeFileSync(path.join(this.root, key), bytes)
    return true
  }

  read(key: string): Buffer | null {
    if (!validKey(key)) return null
    try {
      return readFileSync(path.join(this.root, key))
    } catch {
      return null
    }
  }
}
