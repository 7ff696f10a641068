import { AppFailure } from '../../types/result'

/**
 * 云开发 HTTP 访问服务 (HTTP access): a function reached over HTTPS receives an
 * integration-request event ({ httpMethod, path, headers, body,
 * isBase64Encoded }) and may answer with an integration response
 * ({ statusCode, headers, body }). The local runtime calls HTTP-access
 * functions the same way, so one code path serves both.
 */
export interface HttpAccessEvent {
  httpMethod: string
  path?: string
  headers?: Record<string, string | undefined>
  body?: string
  isBase64Encoded?: boolean
}

export interface HttpAccessResponse {
  statusCode: number
  headers: Record<string, string>
  body: string
  isBase64Encoded: false
}

export const isHttpAccessEvent = (event: unknown): event is HttpAccessEvent =>
  !!event && typeof event === 'object' && typeof (event as { httpMethod?: unknown }).httpMethod === 'string'

const header = (event: HttpAccessEvent, name: string) => {
  const hit = Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name)
  return hit?.[1]
}

/** The bearer token of an HTTP-access request, if any. */
export function bearerToken(event: HttpAccessEvent): string | undefined {
  const h = header(event, 'authorization')
  return h && /^Bearer\s+/i.test(h) ? h.replace(/^Bearer\s+/i, '').trim() : undefined
}

/** The JSON body of an HTTP-access request: the function's event. */
export function httpAccessPayload(event: HttpAccessEvent): unknown {
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body ?? ''
  try {
    return raw ? JSON.parse(raw) : {}
  } catch {
    throw new AppFailure({ code: 'REQUEST.INVALID_JSON', message: '请求体不是合法的 JSON' })
  }
}

/**
 * CORS for the admin page: in production it is served by 静态网站托管 on
 * another origin than the HTTP-access domain; ICP_ADMIN_ORIGIN names it.
 */
export function corsHeaders(): Record<string, string> {
  const origin = process.env.ICP_ADMIN_ORIGIN
  return origin
    ? { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'authorization, content-type', 'access-control-allow-methods': 'POST, OPTIONS', vary: 'origin' }
    : {}
}

export const httpAccessResponse = (result: unknown, statusCode = 200): HttpAccessResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...corsHeaders() },
  body: JSON.stringify(result),
  isBase64Encoded: false
})

type Main = (event: unknown, context?: { request_id?: string }) => Promise<unknown>

/**
 * Serves a function both ways: HTTP-access requests get an integration
 * response (POST only; OPTIONS answers the CORS preflight), direct
 * invocations the plain result.
 */
export function serveHttpAccess(main: Main): Main {
  return async (event, context) => {
    if (!isHttpAccessEvent(event)) return main(event, context)
    const method = event.httpMethod.toUpperCase()
    if (method === 'OPTIONS') return { statusCode: 204, headers: corsHeaders(), body: '', isBase64Encoded: false }
    if (method !== 'POST') return httpAccessResponse({ ok: false, error: { code: 'REQUEST.METHOD_NOT_ALLOWED', message: '请使用 POST 请求' } }, 405)
    return httpAccessResponse(await main(event, context))
  }
}
