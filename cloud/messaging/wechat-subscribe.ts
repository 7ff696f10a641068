import { outboundSignal } from '../kernel/outbound'
import { DeliveryError, type SubscribeMessage, type SubscribeSender } from './channels'

export interface WechatApiConfig {
  /** `https://api.weixin.qq.com`, or a local stand-in in tests. */
  endpoint: string
  appId: string
  secret: string
  /** `formal` (release), `trial` or `developer`: which mini-program version the message opens. */
  miniprogramState?: 'formal' | 'trial' | 'developer'
}

/** WeChat's limits on subscribe-message values by field kind (thing ≤ 20 characters, phrase ≤ 5 …). */
const LIMITS: Array<[RegExp, number]> = [[/^thing/, 20], [/^phrase/, 5], [/^character_string/, 32], [/^time/, 32], [/^name/, 10]]
const fit = (key: string, v: string) => {
  const max = LIMITS.find(([re]) => re.test(key))?.[1] ?? 20
  return v.length > max ? `${v.slice(0, max - 1)}…` : v
}

/**
 * Production subscribe messages through WeChat's server API:
 * `cgi-bin/stable_token` for the access token (cached until shortly before it
 * expires), then `cgi-bin/message/subscribe/send`. A person who did not
 * subscribe (errcode 43101) is a permanent failure, not retried.
 */
export function wechatSubscribe(cfg: WechatApiConfig, clock: () => number = Date.now): SubscribeSender {
  let token: { value: string; until: number } | null = null
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${cfg.endpoint.replace(/\/$/, '')}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: outboundSignal() })
    if (!res.ok) throw new DeliveryError(`WECHAT.HTTP_${res.status}`, `微信接口返回 HTTP ${res.status}`)
    return (await res.json()) as Record<string, unknown>
  }
  const accessToken = async (): Promise<string> => {
    if (token && token.until > clock()) return token.value
    const r = await post('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: cfg.appId, secret: cfg.secret })
    if (typeof r.access_token !== 'string') throw new DeliveryError(`WECHAT.${r.errcode ?? 'TOKEN'}`, String(r.errmsg ?? '获取 access_token 失败'), r.errcode === 40013 || r.errcode === 40125)
    token = { value: r.access_token, until: clock() + (Number(r.expires_in ?? 7200) - 300) * 1000 }
    return token.value
  }
  return {
    kind: 'wechat',
    async send(m: SubscribeMessage) {
      const r = await post(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(await accessToken())}`, {
        touser: m.openid,
        template_id: m.templateId,
        page: m.page,
        miniprogram_state: cfg.miniprogramState ?? 'formal',
        lang: 'zh_CN',
        data: Object.fromEntries(Object.entries(m.data).map(([k, v]) => [k, { value: fit(k, v) }]))
      })
      if (r.errcode === 40001 || r.errcode === 42001) token = null // token revoked or expired early: fetch anew next time
      if (r.errcode !== 0) throw new DeliveryError(`WECHAT.${r.errcode}`, String(r.errmsg ?? '订阅消息发送失败'), r.errcode === 43101 || r.errcode === 47003)
      return { id: String(r.msgid ?? '') }
    }
  }
}
