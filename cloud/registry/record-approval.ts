import type { Actor, FilingNumbers, Order } from '../../types/order'
import { AppFailure } from '../../types/result'
import { type ApprovalEffects, approvalEffects, type RegistrySubjectRecord, type RegistryWebsiteRecord } from '../../domain/registry/approval'
import { FILING_NUMBER, subjectFilingNumber, websiteSeq } from '../../domain/registry/filing-number'
import { chinaDate } from '../../domain/time'
import { firstRow, rows } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { OrderRepository } from '../orders/order-repository'
import { nextInSequence } from './counters'

/**
 * 管局审核通过: issues the filing numbers, moves the order to 备案成功 and
 * writes the registry and "我的备案" (spec §7.6). Locally the sandbox
 * regulator calls this; in production a reviewer records the MIIT result,
 * with the numbers MIIT issued (`given`) instead of ones issued here.
 */
export async function recordRegulatorApproval(db: Database, orderId: string, actor: Actor, now: Date, given?: FilingNumbers): Promise<Order> {
  const repo = new OrderRepository(db)
  const order = await repo.get(orderId)
  if (!order) throw new AppFailure({ code: 'ORDER.NOT_FOUND', message: '订单不存在' })
  const key = order.certificateKey
  const subject = await firstRow<RegistrySubjectRecord & { _id: string }>(db.collection('registry_subjects').where({ certificateKey: key }))
  const websites = await rows<RegistryWebsiteRecord & { _id: string }>(db.collection('registry_websites').where({ subjectCertificateKey: key }).limit(1000))
  const year = Number(chinaDate(now).slice(0, 4))
  let serial = 0
  if (order.type === 'FIRST_FILING' && !subject && !given) serial = await nextInSequence(db, `icp:${order.identity.province}:${year}`)
  const fx = approvalEffects(order, { subject, websites }, () => given?.subject ?? subjectFilingNumber(order.identity.province, year, serial))
  if (given) useGivenNumbers(fx, given)

  const approved = await repo.apply(order, { type: 'RegulatorApprove', actor, filingNumbers: fx.filingNumbers }, now)

  await writeRegistryEffects(db, approved, fx, { subject, websites }, now)
  return approved
}

type Stored<T> = T & { _id: string }

/** Writes what an approval does to the registry (备案库) and to the owner's 我的备案 (`subjects`). */
export async function writeRegistryEffects(
  db: Database,
  order: Order,
  fx: ApprovalEffects,
  existing: { subject: Stored<RegistrySubjectRecord> | null; websites: Array<Stored<RegistryWebsiteRecord>> },
  now: Date
): Promise<void> {
  const key = order.certificateKey
  const { subject, websites } = existing
  const withoutId = <T extends object>(doc: T) => {
    const { _id: _ignored, ...rest } = doc as T & { _id?: string }
    return rest
  }
  const subjectId = subject?._id ?? `rs-${key}`
  if (fx.subject) await db.collection('registry_subjects').doc(subjectId).set({ data: withoutId(fx.subject) })
  else await db.collection('registry_subjects').doc(subjectId).remove()
  for (const w of fx.websites) {
    const filed = websites.find((e) => e.websiteNumber === w.websiteNumber)
    await db.collection('registry_websites').doc(filed?._id ?? `rw-${w.websiteNumber}`).set({ data: withoutId(w) })
  }
  for (const number of fx.deletedWebsites) await db.collection('registry_websites').where({ websiteNumber: number }).remove()
  const mine = await firstRow<{ _id: string }>(db.collection('subjects').where({ certificateKey: key }))
  if (fx.ourSubject === 'REMOVE' || !fx.subject) {
    if (mine) await db.collection('subjects').doc(mine._id).remove()
  } else {
    await db.collection('subjects').doc(mine?._id ?? `sub-${key}`).set({
      data: { certificateKey: key, ownerOpenid: order.ownerOpenid, subjectNumber: fx.subject.subjectNumber, subject: order.subject, updatedAt: now.toISOString() }
    })
  }
}

/** Replaces the numbers the registry would issue by the ones MIIT issued, checking they fit. */
function useGivenNumbers(fx: ApprovalEffects, given: FilingNumbers): void {
  const bad = [given.subject, ...Object.values(given.websites)].find((n) => !FILING_NUMBER.test(n))
  if (bad) throw new AppFailure({ code: 'REVIEW.FILING_NUMBER_INVALID', message: `备案号格式不正确：${bad}`, field: 'filingNumbers' })
  if (fx.subject && fx.subject.subjectNumber !== given.subject)
    throw new AppFailure({ code: 'REVIEW.SUBJECT_NUMBER_MISMATCH', message: `主体备案号应为备案库中的 ${fx.subject.subjectNumber}`, field: 'filingNumbers.subject' })
  for (const [websiteId, computed] of Object.entries(fx.filingNumbers.websites)) {
    const wanted = given.websites[websiteId]
    if (!wanted || wanted === computed) continue
    if (!wanted.startsWith(`${given.subject}-`))
      throw new AppFailure({ code: 'REVIEW.FILING_NUMBER_INVALID', message: `网站备案号 ${wanted} 不属于主体备案号 ${given.subject}`, field: `filingNumbers.websites.${websiteId}` })
    fx.filingNumbers.websites[websiteId] = wanted
    for (const w of fx.websites) if (w.websiteNumber === computed) w.websiteNumber = wanted
  }
  if (fx.subject) fx.subject.lastWebsiteSeq = Math.max(fx.subject.lastWebsiteSeq, ...Object.values(given.websites).map(websiteSeq))
}
