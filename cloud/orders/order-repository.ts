import type { Actor, Order } from '../../types/order'
import { AppFailure } from '../../types/result'
import type { OrderCommand } from '../../domain/order/commands'
import { decide } from '../../domain/order/decide'
import { evolve } from '../../domain/order/evolve'
import { applicantMay } from '../../domain/order/access'
import { isOpen } from '../../domain/order/exclusivity'
import { DEFAULT_POLICY, type LifecyclePolicy } from '../../domain/order/policy'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { queueKeys } from './queue-keys'
import { afterOrderChange } from './reactions'

const LOCKS = 'order_locks'
/** How long a lock may exist before its order document does. */
const LOCK_GRACE_MS = 60_000

/** An order as read: without the storage-only index keys. */
const stored = (doc: Order | null): Order | null => {
  if (!doc) return null
  const { queueKeys: _keys, ...order } = doc as Order & { queueKeys?: string[] }
  return order
}

const conflict = () =>
  new AppFailure({ code: 'ORDER.CONFLICT', message: '订单刚刚被其他操作更新，请刷新后重试' })

/**
 * Orders in the document database. Every change goes through the domain's
 * decide/evolve and is written with a version check (optimistic concurrency):
 * of two concurrent writers exactly one wins, the other gets ORDER.CONFLICT.
 * "One open order per account and per certificate" is enforced by lock
 * documents whose ids are the account and the certificate: inserting a
 * duplicate id fails atomically in the database.
 */
export class OrderRepository {
  constructor(private readonly db: Database, private readonly policy: LifecyclePolicy = DEFAULT_POLICY) {}

  async get(id: string): Promise<Order | null> {
    return stored(await firstRow<Order>(this.db.collection('orders').where({ _id: id })))
  }

  /** The order, if the applicant owns it or it was handed to them; anyone else's order looks absent. */
  async getOwn(id: string, openid: string): Promise<Order> {
    const order = await this.get(id)
    if (!order || !applicantMay(order, openid, 'View')) throw new AppFailure({ code: 'ORDER.NOT_FOUND', message: '订单不存在', field: 'orderId' })
    return order
  }

  /** The applicant's orders, and the ones handed to them by QR code, newest first. */
  async listOwn(openid: string): Promise<Order[]> {
    const [own, delegated] = await Promise.all([
      rows<Order>(this.db.collection('orders').where({ ownerOpenid: openid }).orderBy('createdAt', 'desc').limit(100)),
      rows<Order>(this.db.collection('orders').where({ 'delegates.openid': openid }).orderBy('createdAt', 'desc').limit(20))
    ])
    return [...own, ...delegated.filter((d) => !own.some((o) => o._id === d._id))].map((o) => stored(o)!)
  }

  /** Decide, evolve and persist one command; returns the new order. */
  async apply(order: Order | null, cmd: OrderCommand, now: Date): Promise<Order> {
    const decision = decide(order, cmd, now, this.policy)
    if (!decision.ok) throw new AppFailure(decision.violation)
    if (order && decision.changes.length === 0) return order
    const next = decision.changes.reduce<Order>((o, c) => evolve(o, c, cmd.actor, now.toISOString()), order as Order)
    if (!order) await this.insert(next)
    else await this.update(order, next)
    if (order && isOpen(order) && !isOpen(next)) await this.releaseLocks(next)
    await afterOrderChange(this.db, order, next, now)
    return next
  }

  private async insert(order: Order): Promise<void> {
    const locks = [`acct:${order.ownerOpenid}`, `cert:${order.certificateKey}`]
    const taken: string[] = []
    try {
      for (const id of locks) {
        await this.takeLock(id, order._id)
        taken.push(id)
      }
      await this.db.collection('orders').add({ data: { ...order, queueKeys: queueKeys(order) } })
    } catch (e) {
      await Promise.all(taken.map((id) => Promise.resolve(this.db.collection(LOCKS).where({ _id: id, orderId: order._id }).remove()).catch(() => undefined)))
      throw e
    }
  }

  /**
   * Takes a lock, first clearing it if it is stale: its order has finished, or
   * its order never got written (a crash between the two writes) and the lock
   * is older than LOCK_GRACE_MS. A lock whose order is still being written is held.
   */
  private async takeLock(id: string, orderId: string): Promise<void> {
    const data = { orderId, takenAt: Date.now() }
    try {
      await this.db.collection(LOCKS).add({ data: { _id: id, ...data } })
      return
    } catch {
      const lock = await firstRow<{ orderId: string; takenAt?: number }>(this.db.collection(LOCKS).where({ _id: id }))
      const holder = lock ? await this.get(lock.orderId) : null
      const beingWritten = !!lock && !holder && Date.now() - (lock.takenAt ?? 0) < LOCK_GRACE_MS
      if (lock && ((holder && isOpen(holder)) || beingWritten)) {
        throw new AppFailure(
          id.startsWith('acct:')
            ? { code: 'FILING.OPEN_ORDER_EXISTS', message: '存在正在备案中的订单，无法重复提交备案申请。', detail: { blocker: 'B01', remedy: '请先继续完成或放弃正在进行的备案订单。', orderId: lock.orderId } }
            : { code: 'FILING.CERTIFICATE_ORDER_IN_PROGRESS', message: '此证件存在进行中的订单，请先完成或放弃该订单。', field: 'certificateNumber', detail: { blocker: 'B06' } }
        )
      }
      // Stale lock: remove it only if it is still the one we saw, then retry once.
      await this.db.collection(LOCKS).where({ _id: id, orderId: lock?.orderId ?? '' }).remove()
      try {
        await this.db.collection(LOCKS).add({ data: { _id: id, ...data } })
      } catch {
        throw conflict() // another order took it in the meantime
      }
    }
  }

  private async update(before: Order, after: Order): Promise<void> {
    const _ = this.db.command
    const { _id, events, queueKeys: _stale, ...fields } = after as Order & { queueKeys?: string[] }
    const added = events.slice(before.events.length)
    // _.set replaces whole sub-documents: a field the applicant cleared must not survive a merge.
    const data: Record<string, unknown> = { events: _.push(added), queueKeys: _.set(queueKeys(after)) }
    for (const [k, v] of Object.entries(fields)) data[k] = v !== null && typeof v === 'object' ? _.set(v) : v
    const res = (await this.db.collection('orders').where({ _id, version: before.version }).update({ data })) as { stats: { updated: number } }
    if (res.stats.updated !== 1) throw conflict()
  }

  private async releaseLocks(order: Order): Promise<void> {
    await Promise.all(
      [`acct:${order.ownerOpenid}`, `cert:${order.certificateKey}`].map((id) =>
        this.db.collection(LOCKS).where({ _id: id, orderId: order._id }).remove()
      )
    )
  }
}

export const applicantActor = (openid: string): Extract<Actor, { kind: 'applicant' }> => ({ kind: 'applicant', openid })
