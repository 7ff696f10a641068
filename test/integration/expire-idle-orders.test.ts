import type { Order } from '../../types/order'
import { rows } from '../../cloud/kernel/query'
import { sdkGatewayForSuite } from '../support/sdk-gateway'
import { completePersonalOrder } from '../support/orders'

describe('timers: expiring idle orders (spec §7.2 row 10)', () => {
  const gateway = sdkGatewayForSuite('expiry')

  it('expires orders idle for 45 days in an editable status, frees their locks, and leaves the rest', async () => {
    const db = gateway.db()
    const { expireIdleOrders } = await import('../../cloud/timers/expire-idle-orders')
    const now = new Date('2026-11-22T00:00:00Z')
    const old = new Date(now.getTime() - 46 * 24 * 3600 * 1000).toISOString()
    const recent = new Date(now.getTime() - 10 * 24 * 3600 * 1000).toISOString()
    const idle: Order = { ...completePersonalOrder(), _id: 'idle-order', lastProgressAt: old }
    const busy: Order = { ...completePersonalOrder(), _id: 'busy-order', ownerOpenid: 'someone-else', certificateKey: 'X', lastProgressAt: recent }
    const underReview: Order = { ...completePersonalOrder(), _id: 'review-order', ownerOpenid: 'third', certificateKey: 'Y', status: 'PENDING_INITIAL_REVIEW', lastProgressAt: old }
    for (const o of [idle, busy, underReview]) await db.collection('orders').add({ data: o })
    await db.collection('order_locks').add({ data: { _id: `acct:${idle.ownerOpenid}`, orderId: idle._id } })

    expect(await expireIdleOrders(db, now)).toEqual({ checked: 1, expired: 1 })
    const after = await rows<Order>(db.collection('orders').where({}))
    expect(Object.fromEntries(after.map((o) => [o._id, o.status]))).toEqual({ 'idle-order': 'EXPIRED', 'busy-order': 'DRAFT', 'review-order': 'PENDING_INITIAL_REVIEW' })
    expect(after.find((o) => o._id === 'idle-order')!.events.at(-1)).toMatchObject({ type: 'Expired', actor: { kind: 'system' }, from: 'DRAFT', to: 'EXPIRED' })
    expect(await rows(db.collection('order_locks').where({ _id: `acct:${idle.ownerOpenid}` }))).toEqual([])
    expect(await expireIdleOrders(db, now)).toEqual({ checked: 0, expired: 0 })
  })
})
