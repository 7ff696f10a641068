import { createHash, randomBytes } from 'node:crypto'
import { createHandoffInput, redeemHandoffInput } from '../../types/api/orders'
import { AppFailure } from '../../types/result'
import { action, applicantOpenid } from '../kernel/define-function'
import { firstRow } from '../kernel/query'
import { database } from '../kernel/wx'
import { OrderRepository } from '../orders/order-repository'
import { codeRenderer } from './mini-program-code'

const HANDOFFS = 'handoffs'
/** A handoff QR is valid this long, and once. */
export const HANDOFF_TTL_MS = 10 * 60 * 1000

interface HandoffDoc {
  _id: string
  orderId: string
  step: string
  scope: 'CONTINUE' | 'VERIFY'
  createdBy: string
  createdAt: number
  expiresAt: number
  usedAt: number | null
  usedBy: string | null
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex')

export const createHandoff = action({
  summary: '扫码继续：为自己的订单生成一次性、10 分钟有效的小程序码（scene 不含订单号），在另一台设备上打开指定步骤；真实性核验步骤只授权核验。',
  input: createHandoffInput,
  async run({ orderId, step }, ctx) {
    const openid = applicantOpenid(ctx)
    const order = await new OrderRepository(database()).getOwn(orderId, openid)
    if (order.ownerOpenid !== openid) throw new AppFailure({ code: 'HANDOFF.OWNER_ONLY', message: '只有订单的申请人可以生成二维码' })
    const token = randomBytes(18).toString('base64url')
    const scene = `h=${token}`
    const now = ctx.now.getTime()
    const doc: HandoffDoc = {
      _id: hashOf(token),
      orderId,
      step,
      scope: step === 'verification' ? 'VERIFY' : 'CONTINUE',
      createdBy: openid,
      createdAt: now,
      expiresAt: now + HANDOFF_TTL_MS,
      usedAt: null,
      usedBy: null
    }
    await database().collection(HANDOFFS).add({ data: doc })
    const code = await codeRenderer().render(scene)
    return { scene, expiresAt: new Date(doc.expiresAt).toISOString(), qrImage: code.image, link: code.link }
  }
})

export const redeemHandoff = action({
  summary: '打开扫码继续的二维码：校验 scene（过期或已使用的拒绝），授权本账号办理该订单（或仅真实性核验），返回订单和步骤。',
  errors: { 'HANDOFF.INVALID': '二维码无效', 'HANDOFF.EXPIRED': '二维码已过期', 'HANDOFF.USED': '二维码已被使用' },
  input: redeemHandoffInput,
  async run({ scene }, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    const id = hashOf(scene.slice(2))
    const doc = await firstRow<HandoffDoc>(db.collection(HANDOFFS).where({ _id: id }))
    if (!doc) throw new AppFailure({ code: 'HANDOFF.INVALID', message: '二维码无效，请让申请人重新生成', field: 'scene' })
    if (doc.usedAt !== null) throw new AppFailure({ code: 'HANDOFF.USED', message: '二维码已被使用过，每个二维码只能使用一次，请让申请人重新生成', field: 'scene' })
    if (doc.expiresAt <= ctx.now.getTime()) throw new AppFailure({ code: 'HANDOFF.EXPIRED', message: '二维码已过期（有效期 10 分钟），请让申请人重新生成', field: 'scene' })
    // Single use: only the caller whose conditional update wins may go on.
    const claimed = (await db.collection(HANDOFFS).where({ _id: id, usedAt: null }).update({ data: { usedAt: ctx.now.getTime(), usedBy: openid } })) as { stats: { updated: number } }
    if (claimed.stats.updated !== 1) throw new AppFailure({ code: 'HANDOFF.USED', message: '二维码已被使用过，每个二维码只能使用一次，请让申请人重新生成', field: 'scene' })
    const repo = new OrderRepository(db)
    const order = await repo.get(doc.orderId)
    if (!order) throw new AppFailure({ code: 'HANDOFF.INVALID', message: '订单不存在或已删除', field: 'scene' })
    await repo.apply(order, { type: 'GrantAccess', actor: { kind: 'system' }, delegate: { openid, scope: doc.scope, grantedAt: ctx.now.toISOString() }, handoffId: id.slice(0, 12) }, ctx.now)
    return { orderId: doc.orderId, step: doc.step, scope: doc.scope }
  }
})
