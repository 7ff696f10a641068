import { AppFailure } from '../../types/result'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'

/** How long a claim lasts without activity; every action of its holder renews it. */
export const CLAIM_TTL_MS = 30 * 60 * 1000

export interface Claim {
  _id: string // the order id
  username: string
  claimedAt: string
  /** Milliseconds since the epoch. */
  expiresAt: number
}

const COLLECTION = 'review_claims'
const hhmm = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(11, 16)

const heldByOther = (c: Claim) =>
  new AppFailure({ code: 'REVIEW.CLAIMED_BY_OTHER', message: `该订单正由 ${c.username} 审核（领取至 ${hhmm(c.expiresAt)}），请选择其他订单`, detail: { username: c.username, expiresAt: c.expiresAt } })
const lostRace = () => new AppFailure({ code: 'REVIEW.CLAIM_CONFLICT', message: '该订单刚刚被其他专员领取，请刷新后重试' })

/**
 * Claims (领取): a reviewer claims an order before acting on it. One document
 * per order, id = order id: taking a free order is an insert (a duplicate id
 * fails atomically), taking an expired one a compare-and-set on the holder and
 * expiry seen. The decision itself is then a version-checked order write, so
 * two reviewers can never both decide an order even if a claim expires midway.
 */
export class ClaimBook {
  constructor(private readonly db: Database) {}

  async get(orderId: string): Promise<Claim | null> {
    return firstRow<Claim>(this.db.collection(COLLECTION).where({ _id: orderId }))
  }

  async forOrders(orderIds: string[]): Promise<Map<string, Claim>> {
    if (!orderIds.length) return new Map()
    const _ = this.db.command
    const found = await rows<Claim>(this.db.collection(COLLECTION).where({ _id: _.in(orderIds) }).limit(orderIds.length))
    return new Map(found.map((c) => [c._id, c]))
  }

  /** Live claims of a reviewer (for the "mine" filter). */
  async heldBy(username: string, now: Date): Promise<string[]> {
    const _ = this.db.command
    return (await rows<Claim>(this.db.collection(COLLECTION).where({ username, expiresAt: _.gt(now.getTime()) }).limit(1000))).map((c) => c._id)
  }

  /** Claims the order for `username`; `force` (supervisor reassignment) takes it from a live holder too. */
  async take(orderId: string, username: string, now: Date, force = false): Promise<Claim> {
    const claim: Claim = { _id: orderId, username, claimedAt: now.toISOString(), expiresAt: now.getTime() + CLAIM_TTL_MS }
    const coll = this.db.collection(COLLECTION)
    try {
      await coll.add({ data: claim })
      return claim
    } catch {
      const seen = await this.get(orderId)
      if (!seen) throw lostRace() // released in between: let the person retry
      if (seen.username === username) return this.renew(seen, now)
      if (seen.expiresAt > now.getTime() && !force) throw heldByOther(seen)
      const { _id, ...data } = claim
      const res = (await coll.where({ _id: orderId, username: seen.username, expiresAt: seen.expiresAt }).update({ data })) as { stats: { updated: number } }
      if (res.stats.updated !== 1) throw lostRace()
      return claim
    }
  }

  /**
   * The caller's live claim, renewed; refuses when the order is unclaimed,
   * claimed by someone else or the claim expired.
   */
  async assertHeld(orderId: string, username: string, now: Date): Promise<Claim> {
    const seen = await this.get(orderId)
    if (!seen || seen.expiresAt <= now.getTime())
      throw new AppFailure({ code: 'REVIEW.CLAIM_REQUIRED', message: '请先领取该订单再操作（领取已过期或尚未领取）' })
    if (seen.username !== username) throw heldByOther(seen)
    return this.renew(seen, now)
  }

  async release(orderId: string, username: string | null): Promise<void> {
    const where = username ? { _id: orderId, username } : { _id: orderId }
    await this.db.collection(COLLECTION).where(where).remove()
  }

  private async renew(seen: Claim, now: Date): Promise<Claim> {
    const expiresAt = now.getTime() + CLAIM_TTL_MS
    const res = (await this.db.collection(COLLECTION).where({ _id: seen._id, username: seen.username, expiresAt: seen.expiresAt }).update({ data: { expiresAt } })) as { stats: { updated: number } }
    if (res.stats.updated !== 1) throw lostRace()
    return { ...seen, expiresAt }
  }
}
