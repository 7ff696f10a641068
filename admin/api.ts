/**
 * The admin page's one seam to the review function. Locally the runtime serves
 * it at /api/functions/review; in production the page is configured (admin
 * config.js, `reviewEndpoint`) with the function's 云开发 HTTP-access URL.
 * Every request carries the reviewer's bearer token; the function checks it.
 */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string; field?: string } }

const TOKEN_KEY = 'icp.reviewer.token'
const config = (window as unknown as { ICP_CONFIG?: { reviewEndpoint?: string } }).ICP_CONFIG ?? {}
const ENDPOINT = config.reviewEndpoint ?? '/api/functions/review'

export const session = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (token: string) => sessionStorage.setItem(TOKEN_KEY, token),
  clear: () => sessionStorage.removeItem(TOKEN_KEY)
}

let onExpired: () => void = () => undefined
export const whenSessionExpires = (fn: () => void) => (onExpired = fn)

export async function review<T>(action: string, event: Record<string, unknown> = {}): Promise<Envelope<T>> {
  const token = session.get()
  try {
    const res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ action, ...event })
    })
    const body = (await res.json()) as Envelope<T>
    if (!body.ok && body.error.code === 'AUTH.SESSION_EXPIRED') onExpired()
    return body
  } catch {
    return { ok: false, error: { code: 'NETWORK.ERROR', message: '网络异常，请检查网络后重试' } }
  }
}
