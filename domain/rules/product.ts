/**
 * 产品验证 (spec §3.5): whether a cloud resource may carry a filing. Servers
 * must be prepaid (包年包月), bought for ≥ 3 months with ≥ 1 month left, in the
 * mainland, with a free filing slot (5 per server); a 备案授权码 is good once.
 */
export interface FilingResource {
  _id: string
  kind: 'SERVER' | 'AUTH_CODE'
  ip: string
  /** The account owning it; null for the sandbox's shared demo servers. */
  ownerOpenid: string | null
  region: 'MAINLAND' | 'HONG_KONG' | 'OVERSEAS'
  billing: 'PREPAID' | 'PAY_AS_YOU_GO'
  purchasedMonths: number
  expiresAt: string
  filingsUsed: number
  maxFilings: number
  /** AUTH_CODE only: already consumed. */
  used?: boolean
}

const MONTH_MS = 30 * 24 * 3600 * 1000

export function resourceProblem(r: FilingResource, openid: string, now: Date): { code: string; message: string } | null {
  if (r.kind === 'SERVER' && r.ownerOpenid && r.ownerOpenid !== openid) return { code: 'PRODUCT.NOT_FOUND', message: '暂无可用资源：该服务器不属于当前账号，跨账号备案请使用备案授权码' }
  if (r.kind === 'AUTH_CODE' && r.used) return { code: 'PRODUCT.AUTH_CODE_USED', message: '备案授权码无效：该授权码已被使用，每个授权码只能备案一个网站' }
  if (r.region !== 'MAINLAND') return { code: 'PRODUCT.NOT_MAINLAND', message: '该资源不在中国内地，无需也不能办理 ICP 备案' }
  if (r.billing !== 'PREPAID') return { code: 'PRODUCT.NOT_PREPAID', message: '用于备案的服务器须为包年包月计费' }
  if (r.purchasedMonths < 3) return { code: 'PRODUCT.TOO_SHORT', message: '用于备案的服务器须购买 3 个月及以上（含续费）' }
  const left = Date.parse(r.expiresAt) - now.getTime()
  if (left <= 0) return { code: 'PRODUCT.EXPIRED', message: r.kind === 'AUTH_CODE' ? '备案授权码无效：生成授权码的服务器已到期' : '用于备案的服务器已到期，请续费后再试' }
  if (left < MONTH_MS) return { code: 'PRODUCT.EXPIRING', message: '用于备案的服务器剩余有效期不足 1 个月，请续费后再试' }
  if (r.kind === 'SERVER' && r.filingsUsed >= r.maxFilings) return { code: 'PRODUCT.SLOTS_USED', message: `用于备案的资源已达最大使用次数（每台服务器最多 ${r.maxFilings} 次）` }
  return null
}
