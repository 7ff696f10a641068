import Taro from '@tarojs/taro'
import type { Result } from '../../types/result'

/**
 * The app's one seam to the cloud. Pages call `callFunction` and `uploadFile`
 * and never know where they run: the weapp build uses WeChat cloud
 * (Taro.cloud.*, identity from WeChat login), the H5 build talks HTTP to the
 * local runtime (identity from a local applicant login, kept in storage).
 */
const TOKEN_KEY = 'icp.applicant.token'

const networkError = (): Result<never> => ({
  ok: false,
  error: { code: 'NETWORK.FAILED', message: '网络连接失败，请检查网络后重试' }
})

/**
 * Local runtime only: signs in as the sandbox's demo account, which already has
 * a filed subject, so 新增网站 and the later operations can be tried by hand.
 */
export async function signInAsSandboxDemo(): Promise<boolean> {
  try {
    const res = await fetch('/api/auth/applicant', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"sandboxAccount":"demo"}' })
    const body = (await res.json()) as Result<{ token: string }>
    if (!body.ok) return false
    Taro.setStorageSync(TOKEN_KEY, body.data.token)
    return true
  } catch {
    return false
  }
}

async function applicantToken(renew = false): Promise<string | null> {
  if (!renew) {
    const saved = Taro.getStorageSync(TOKEN_KEY) as string
    if (saved) return saved
  }
  const res = await fetch('/api/auth/applicant', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
  const body = (await res.json()) as Result<{ token: string }>
  if (!body.ok) return null
  Taro.setStorageSync(TOKEN_KEY, body.data.token)
  return body.data.token
}

async function httpCall<T>(path: string, init: RequestInit, retry = true): Promise<Result<T>> {
  const token = await applicantToken()
  const res = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } })
  if (res.status === 401 && retry) {
    await applicantToken(true)
    return httpCall(path, init, false)
  }
  return (await res.json()) as Result<T>
}

export async function callFunction<T>(name: string, event: { action: string } & Record<string, unknown>): Promise<Result<T>> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const res = await Taro.cloud.callFunction({ name, data: event })
      return res.result as Result<T>
    }
    return await httpCall<T>(`/api/functions/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event)
    })
  } catch {
    return networkError()
  }
}

/** A short-lived URL of one of the caller's files (or a file on an order of theirs). */
export const fileUrl = (fileID: string, orderId?: string) =>
  callFunction<{ url: string; expiresAt: string }>('filing', { action: 'fileUrl', fileID, ...(orderId ? { orderId } : {}) })

/**
 * Uploads a local image (a temp path from chooseImage / camera) and returns its fileID.
 * `purpose` picks the intake's quality rules (DOCUMENT: colour, sharp, not a photocopy;
 * PORTRAIT: the 真实性核验 background rules); a refusal comes back as the error.
 */
export async function uploadFile(filePath: string, purpose: 'DOCUMENT' | 'PORTRAIT' | 'ANY' = 'ANY'): Promise<Result<{ fileID: string }>> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      // Straight to cloud storage into a slot of the caller's, then the same intake as
      // POST /api/files runs in the filing function (which deletes the pending upload).
      const slot = await callFunction<{ cloudPath: string }>('filing', { action: 'uploadSlot', ext: /\.png$/i.test(filePath) ? 'png' : 'jpg' })
      if (!slot.ok) return slot
      const res = await Taro.cloud.uploadFile({ cloudPath: slot.data.cloudPath, filePath })
      return await callFunction<{ fileID: string }>('filing', { action: 'acceptUpload', fileID: res.fileID, purpose })
    }
    const blob = await (await fetch(filePath)).blob()
    const form = new FormData()
    form.append('file', blob, 'upload')
    return await httpCall<{ fileID: string }>(`/api/files?purpose=${purpose}`, { method: 'POST', body: form })
  } catch {
    return networkError()
  }
}
