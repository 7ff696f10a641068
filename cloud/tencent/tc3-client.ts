import { outboundSignal } from '../kernel/outbound'
import { createHash, createHmac } from 'node:crypto'

/**
 * A Tencent Cloud API 3.0 client: JSON POST signed with TC3-HMAC-SHA256.
 * `endpoint` can point at a local stand-in of the API for tests.
 */
export interface Tc3Config {
  secretId: string
  secretKey: string
  /** e.g. `https://faceid.tencentcloudapi.com` */
  endpoint: string
  service: string
  version: string
  region?: string
  /** How long one call may take (default OUTBOUND_TIMEOUT_MS). */
  timeoutMs?: number
}

export class TencentCloudError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s).digest()

/** The Authorization header for a request body at a time (seconds). */
export function tc3Authorization(cfg: Pick<Tc3Config, 'secretId' | 'secretKey' | 'service'>, host: string, payload: string, timestamp: number): string {
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10)
  const canonical = ['POST', '/', '', `content-type:application/json; charset=utf-8\nhost:${host}\n`, 'content-type;host', sha256(payload)].join('\n')
  const scope = `${date}/${cfg.service}/tc3_request`
  const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha256(canonical)].join('\n')
  const key = hmac(hmac(hmac(`TC3${cfg.secretKey}`, date), cfg.service), 'tc3_request')
  const signature = createHmac('sha256', key).update(toSign).digest('hex')
  return `TC3-HMAC-SHA256 Credential=${cfg.secretId}/${scope}, SignedHeaders=content-type;host, Signature=${signature}`
}

export async function callTencentCloud<T>(cfg: Tc3Config, action: string, params: Record<string, unknown>, now = new Date()): Promise<T> {
  const url = new URL(cfg.endpoint)
  const payload = JSON.stringify(params)
  const timestamp = Math.floor(now.getTime() / 1000)
  const res = await fetch(url, {
    method: 'POST',
    signal: outboundSignal(cfg.timeoutMs),
    headers: {
      'content-type': 'application/json; charset=utf-8',
      authorization: tc3Authorization(cfg, url.host, payload, timestamp),
      'x-tc-action': action,
      'x-tc-version': cfg.version,
      'x-tc-timestamp': String(timestamp),
      ...(cfg.region ? { 'x-tc-region': cfg.region } : {})
    },
    body: payload
  })
  const body = (await res.json()) as { Response?: T & { Error?: { Code: string; Message: string } } }
  const error = body.Response?.Error
  if (!res.ok || !body.Response || error) throw new TencentCloudError(error?.Code ?? `HTTP_${res.status}`, error?.Message ?? 'Tencent Cloud request failed')
  return body.Response
}
