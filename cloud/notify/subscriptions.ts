import type { Database } from '../kernel/wx'

const SUBSCRIPTIONS = 'subscriptions'

/**
 * One-time subscribe messages: each 允许 in `wx.requestSubscribeMessage` lets
 * the mini-program send one message of that template to that person. Counted
 * per account and template; sending consumes one.
 */
export async function recordSubscriptions(db: Database, openid: string, templateIds: string[], now: Date): Promise<void> {
  const _ = db.command
  for (const templateId of new Set(templateIds)) {
    const _id = `${openid}:${templateId}`
    const bump = async () => ((await db.collection(SUBSCRIPTIONS).where({ _id }).update({ data: { remaining: _.inc(1), updatedAt: now.toISOString() } })) as { stats: { updated: number } }).stats.updated
    if (await bump()) continue
    try {
      await db.collection(SUBSCRIPTIONS).add({ data: { _id, openid, templateId, remaining: 1, updatedAt: now.toISOString() } })
    } catch {
      await bump() // created meanwhile by a concurrent call
    }
  }
}

/** Takes one subscription if the person has one left; false: do not send. */
export async function consumeSubscription(db: Database, openid: string, templateId: string): Promise<boolean> {
  const _ = db.command
  const res = (await db.collection(SUBSCRIPTIONS).where({ _id: `${openid}:${templateId}`, remaining: _.gt(0) }).update({ data: { remaining: _.inc(-1) } })) as { stats: { updated: number } }
  return res.stats.updated === 1
}
