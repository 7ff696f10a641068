import { createHmac, timingSafeEqual } from 'node:crypto'
import { AppFailure } from '../../types/result'
import { wxCloud } from '../kernel/wx'

/**
 * Short-lived download URLs for private files. Stored files are never public:
 * the owner (through the filing function) and reviewers (through the review
 * function) get a URL that works for a few minutes. In WeChat cloud it is
 * cloud storage's temporary URL (getTempFileURL with maxAge); locally an
 * HMAC-signed `/api/files/<name>?exp=…&sig=…` that the runtime checks
 * (ICP_FILE_URL_SECRET, shared between the runtime and its functions).
 */
export const FILE_URL_TTL_SECONDS = 600

/** ICP_FILE_URL_TTL_SECONDS (1 – 3600) or 10 minutes. */
export const fileUrlTtl = (): number => {
  const n = Number(process.env.ICP_FILE_URL_TTL_SECONDS)
  return Number.isInteger(n) && n >= 1 && n <= 3600 ? n : FILE_URL_TTL_SECONDS
}

const LOCAL_PREFIX = 'cloud://local.files/'

/** The stored name of a local fileID (`uploads/<hex>.jpg`), or null for anything else. */
export function localFileName(fileID: string): string | null {
  if (!fileID.startsWith(LOCAL_PREFIX)) return null
  const name = fileID.slice(LOCAL_PREFIX.length)
  return /^uploads\/[0-9a-f]{32}\.(jpg|png)$/.test(name) ? name : null
}

const signature = (secret: string, name: string, exp: number) => createHmac('sha256', secret).update(`${name}\n${exp}`).digest('hex')

/** `/api/files/<hex>.<ext>?exp=<unix seconds>&sig=<hmac>` for a local file. */
export function signLocalUrl(secret: string, name: string, now: Date, ttlSeconds = FILE_URL_TTL_SECONDS): string {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds
  return `/api/files/${name.replace(/^uploads\//, '')}?exp=${exp}&sig=${signature(secret, name, exp)}`
}

export type UrlCheck = { ok: true } | { ok: false; code: 'FILE.URL_EXPIRED' | 'FILE.URL_INVALID'; message: string }

/** Checks a signed local URL's name, expiry and signature (constant-time compare). */
export function checkLocalUrl(secret: string, name: string, exp: string | undefined, sig: string | undefined, now: Date): UrlCheck {
  const invalid: UrlCheck = { ok: false, code: 'FILE.URL_INVALID', message: '文件链接无效，请刷新页面后重试' }
  if (!exp || !sig || !/^\d{1,12}$/.test(exp) || !/^[0-9a-f]{64}$/.test(sig)) return invalid
  const expected = Buffer.from(signature(secret, name, Number(exp)), 'hex')
  if (!timingSafeEqual(expected, Buffer.from(sig, 'hex'))) return invalid
  if (Number(exp) * 1000 < now.getTime()) return { ok: false, code: 'FILE.URL_EXPIRED', message: '文件链接已过期，请刷新页面后重试' }
  return { ok: true }
}

/** A URL of the file valid for `ttlSeconds`; callers check who may see the file first. */
export async function temporaryFileUrl(fileID: string, now: Date, ttlSeconds = fileUrlTtl()): Promise<{ fileID: string; url: string; expiresAt: string }> {
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000).toISOString()
  const secret = process.env.ICP_FILE_URL_SECRET
  if (process.env.ICP_LOCAL_FILES_DIR) {
    const name = localFileName(fileID)
    if (!name) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在或已过期', field: 'fileID' })
    if (!secret) throw new Error('ICP_FILE_URL_SECRET is not set: the local runtime sets it for its functions')
    return { fileID, url: signLocalUrl(secret, name, now, ttlSeconds), expiresAt }
  }
  const res = (await wxCloud().getTempFileURL({ fileList: [{ fileID, maxAge: ttlSeconds }] as never })) as {
    fileList: Array<{ fileID: string; tempFileURL: string; status?: number; code?: string }>
  }
  const hit = res.fileList?.[0]
  if (!hit || !hit.tempFileURL || (hit.status !== undefined && hit.status !== 0) || (hit.code !== undefined && hit.code !== 'SUCCESS'))
    throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在或已过期', field: 'fileID' })
  return { fileID, url: hit.tempFileURL, expiresAt }
}
