import type { Order } from '../../types/order'
import type { OrderStatus } from '../../types/order-status'
import { statusLabelOf } from '../../types/order-status'
import { HOST_NATURE_INFO } from '../../types/host-nature'
import { provinceByCode } from '../../types/province'
import { type QueueInput, REVIEW_TAB_STATUSES, type ReviewTab } from '../../types/api/review'
import { maskCertificate, maskPhone } from '../../domain/masking'
import { slaState } from '../../domain/calendar/working-days'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { TYPE_LABELS } from '../orders/order-view'
import { ClaimBook } from './claims'
import { queueKey, reviewTabOf } from '../orders/queue-keys'

/** The reviewers' queues (tabs) and the statuses each holds. */
export const TABS: Record<ReviewTab, { label: string; statuses: readonly OrderStatus[]; slaWorkingDays: number }> = {
  INITIAL: { label: '初审', statuses: REVIEW_TAB_STATUSES.INITIAL, slaWorkingDays: 2 },
  TO_SUBMIT: { label: '待提交管局', statuses: REVIEW_TAB_STATUSES.TO_SUBMIT, slaWorkingDays: 3 },
  RETURNED: { label: '管局退回', statuses: REVIEW_TAB_STATUSES.RETURNED, slaWorkingDays: 1 },
  SMS: { label: '短信核验中', statuses: REVIEW_TAB_STATUSES.SMS, slaWorkingDays: 1 },
  REGULATOR: { label: '待管局审核', statuses: REVIEW_TAB_STATUSES.REGULATOR, slaWorkingDays: 20 }
}

export const tabOf = reviewTabOf

/** Only what a queue row shows is read from the database. */
const ROW_FIELDS = {
  _id: true, type: true, status: true, identity: true, 'subject.name': true, 'subject.principal.mobile': true, 'subject.principal.name': true,
  websites: true, submittedAt: true, statusSince: true, updatedAt: true, createdAt: true, version: true
}

const since = (o: Pick<Order, 'statusSince' | 'updatedAt'>) => o.statusSince ?? o.updatedAt

type Filters = Omit<QueueInput, 'tab' | 'page' | 'pageSize' | 'sort' | 'claim'>

/** Province, nature and type select by the indexed queue key; age is a range on the waiting time. */
function where(db: Database, tab: ReviewTab, f: Filters, now: Date, ids?: string[]) {
  const _ = db.command
  const q: Record<string, unknown> = { queueKeys: queueKey(tab, f) }
  if (f.minAgeDays) q.statusSince = _.lte(new Date(now.getTime() - f.minAgeDays * 86_400_000).toISOString())
  if (ids) q._id = _.in(ids)
  return q
}

/** A line of the queue: numbers masked (full values only on the detail page). */
export function queueRow(o: Pick<Order, '_id' | 'type' | 'status' | 'identity' | 'subject' | 'websites' | 'submittedAt' | 'statusSince' | 'updatedAt' | 'version'>, now: Date, slaWorkingDays: number) {
  const waitingSince = since(o)
  const sla = slaState(new Date(waitingSince), now, slaWorkingDays, Math.max(1, slaWorkingDays - 1))
  return {
    _id: o._id,
    version: o.version,
    type: o.type,
    typeLabel: TYPE_LABELS[o.type] ?? o.type,
    status: o.status,
    statusLabel: statusLabelOf(o.type, o.status),
    province: o.identity.province,
    provinceName: provinceByCode(o.identity.province)?.name ?? o.identity.province,
    hostNature: o.identity.hostNature,
    hostNatureLabel: HOST_NATURE_INFO[o.identity.hostNature]?.label ?? o.identity.hostNature,
    subjectName: o.subject?.name ?? '',
    principalName: o.subject?.principal?.name ?? '',
    principalMobile: o.subject?.principal?.mobile ? maskPhone(o.subject.principal.mobile) : '',
    certificate: maskCertificate(o.identity.certificateNumber),
    domain: o.identity.domain.unicode,
    websites: o.websites?.length ?? 0,
    submittedAt: o.submittedAt,
    waitingSince,
    sla: { level: sla.level, due: sla.due.toISOString() }
  }
}
export type QueueRow = ReturnType<typeof queueRow>

/**
 * One page of a queue (longest waiting first by default) with the counts of
 * every tab under the same filters.
 */
export async function readQueue(db: Database, input: QueueInput, me: string, now: Date) {
  const claims = new ClaimBook(db)
  const tab = TABS[input.tab]
  let ids: string[] | undefined
  if (input.claim === 'MINE') ids = await claims.heldBy(me, now)
  const q = where(db, input.tab, input, now, ids)
  const coll = db.collection('orders')
  let query = coll.where(q).orderBy('statusSince', input.sort === 'WAITING_LONGEST' ? 'asc' : 'desc')
  // UNCLAIMED filters after reading: claims are few and short-lived, orders many.
  const fetch = input.claim === 'UNCLAIMED' ? input.pageSize * 3 : input.pageSize
  query = query.skip((input.page - 1) * input.pageSize).limit(fetch).field(ROW_FIELDS)
  const [found, ...counts] = await Promise.all([
    rows<Order>(query),
    ...(Object.keys(TABS) as ReviewTab[]).map(async (t) => {
      const r = (await coll.where(where(db, t, input, now, input.claim === 'MINE' ? ids : undefined)).count()) as { total: number }
      return [t, r.total] as const
    })
  ])
  const held = await claims.forOrders(found.map((o) => o._id))
  const live = (id: string) => {
    const c = held.get(id)
    return c && c.expiresAt > now.getTime() ? { username: c.username, expiresAt: c.expiresAt } : null
  }
  const page = found
    .map((o) => ({ ...queueRow(o, now, tab.slaWorkingDays), claim: live(o._id) }))
    .filter((r) => input.claim !== 'UNCLAIMED' || !r.claim)
    .slice(0, input.pageSize)
  const countMap = Object.fromEntries(counts) as Record<ReviewTab, number>
  return {
    tab: input.tab,
    tabs: (Object.keys(TABS) as ReviewTab[]).map((t) => ({ tab: t, label: TABS[t].label, count: countMap[t] })),
    total: countMap[input.tab],
    page: input.page,
    pageSize: input.pageSize,
    rows: page
  }
}
