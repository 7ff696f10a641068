import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Order } from '../types/order'
import type { OrderStatus } from '../types/order-status'
import { applicant, completePersonalOrder, run } from '../test/support/orders'
import { residentId } from './fixtures'
import { queueKeys } from '../cloud/orders/queue-keys'

/** A well-spread pseudo-random pick (so that fields vary independently of each other). */
function pick<T>(list: readonly T[], i: number, salt: number): T {
  let h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return list[((h ^ (h >>> 16)) >>> 0) % list.length]
}

/** Provinces the bench orders come from (a busy provider's mix). */
export const BENCH_PROVINCES = ['44', '11', '31', '32', '33', '37', '41', '51']

/**
 * Writes `count` realistic orders (the full stored shape of a submitted
 * personal 首次备案, status-changing events kept, field diffs dropped) straight
 * into the embedded store's datafile: ~20 % wait for 初审, a few % in each
 * later queue, the rest finished or drafts.
 */
export function seedReviewOrders(dataDir: string, count: number, now: Date): void {
  const dir = path.join(dataDir, 'db')
  mkdirSync(dir, { recursive: true })
  const base = run(completePersonalOrder(), { type: 'Submit', actor: applicant, agreementsAccepted: true })
  const statuses: OrderStatus[] = [
    'PENDING_INITIAL_REVIEW', 'PENDING_INITIAL_REVIEW', 'RESUBMITTED', 'PENDING_SUBMISSION', 'SMS_VERIFICATION', 'REGULATOR_REVIEW', 'RETURNED_BY_MIIT',
    'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'ABANDONED', 'DRAFT', 'NEEDS_MATERIALS', 'INITIAL_REJECTED', 'APPROVED', 'APPROVED', 'APPROVED'
  ]
  const natures = ['PERSONAL', 'PERSONAL', 'ENTERPRISE', 'PERSONAL', 'GOVERNMENT'] as const
  const types = ['FIRST_FILING', 'FIRST_FILING', 'FIRST_FILING', 'ADD_SITE_OURS', 'ADD_ACCESS', 'CHANGE_WEBSITE'] as const
  const lines: string[] = []
  for (let i = 0; i < count; i++) {
    const cert = residentId(2_000_000 + i)
    const province = pick(BENCH_PROVINCES, i, 1)
    const since = new Date(now.getTime() - ((i * 7919) % (10 * 86_400_000 / 1000)) * 1000).toISOString()
    const mobile = `139${String(10_000_000 + i).slice(-8)}`
    const o: Order = {
      ...base,
      _id: `bench-order-${i}`,
      type: pick(types, i, 2),
      status: pick(statuses, i, 3),
      ownerOpenid: `bench_owner_${i}`,
      certificateKey: cert,
      identity: { ...base.identity, province, hostNature: pick(natures, i, 4), certificateNumber: cert, domain: { ascii: `bench-${i}.com`, unicode: `bench-${i}.com` } },
      subject: { ...base.subject, name: `测试主体${i}`, principal: { ...base.subject.principal, certificateNumber: cert, mobile } },
      websites: base.websites.map((w) => ({ ...w, domains: [`bench-${i}.com`] })),
      submittedAt: since,
      statusSince: since,
      updatedAt: since,
      lastProgressAt: since,
      events: base.events.filter((e) => e.from !== e.to).map(({ changes: _dropped, ...e }) => e)
    }
    lines.push(JSON.stringify({ ...o, queueKeys: queueKeys(o) }))
  }
  writeFileSync(path.join(dir, 'orders.db'), `${lines.join('\n')}\n`)
}
