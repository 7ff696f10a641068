import { randomBytes } from 'node:crypto'
import { AppFailure } from '../../types/result'
import { PASSIVE_CANCELLATION_REASONS, passiveCancellationInput, websiteLookupInput } from '../../types/api/review'
import { statusLabelOf } from '../../types/order-status'
import { maskCertificate } from '../../domain/masking'
import { parseFilingDomain } from '../../domain/rules/domain-name'
import { action } from '../kernel/define-function'
import { firstRow, rows } from '../kernel/query'
import { database } from '../kernel/wx'
import { findFiledSubject, identityOf, snapshotOf } from '../operations/filed-records'
import { OrderRepository } from '../orders/order-repository'
import { recordAudit } from './detail'
import { reviewerActor, reviewerOf } from './reviewer'

interface RegistryWebsiteDoc {
  websiteNumber: string
  name?: string
  domains: string[]
  subjectCertificateKey: string
  ours: boolean
  shell?: boolean
}

/**
 * 被动取消接入 (seed ch. 6): the provider withdraws its access to a website —
 * resources expired, violations, the regulator's demand. A supervisor starts it
 * from the 备案库 search; it goes to 待提交管局 without 初审 or the applicant's
 * confirmation (the applicant is told by the usual notices), then through the
 * 管局 like any 取消接入 (no 短信核验).
 */
export const passiveCancellationActions = {
  lookupWebsite: action({
    summary: '备案库查询：按域名或网站备案号查找网站、是否由本接入商接入、所属主体及其是否在某个账号的“我的备案”中（证件号脱敏）。',
    input: websiteLookupInput,
    async run({ query }, ctx) {
      reviewerOf(ctx)
      const db = database()
      const parsed = parseFilingDomain(query)
      const found = await rows<RegistryWebsiteDoc>(
        db.collection('registry_websites').where(parsed.ok ? { domains: parsed.value.ascii } : { websiteNumber: query.trim() }).limit(5)
      )
      return Promise.all(
        found.map(async (w) => {
          const mine = await firstRow<{ subjectNumber: string; ownerOpenid: string; subject?: { name?: string } }>(db.collection('subjects').where({ certificateKey: w.subjectCertificateKey }))
          return {
            websiteNumber: w.websiteNumber,
            name: w.name,
            domains: w.domains,
            accessedByUs: w.ours,
            subjectNumber: mine?.subjectNumber ?? null,
            subjectName: mine?.subject?.name ?? null,
            certificate: maskCertificate(w.subjectCertificateKey),
            inMyFilings: !!mine
          }
        })
      )
    }
  }),
  startPassiveCancellation: action({
    summary: '被动取消接入（仅审核主管）：因资源到期、违法违规或主管部门要求取消本接入商对网站的接入；直接进入待提交管局，申请人会收到通知，不能放弃。',
    errors: { 'REVIEW.WEBSITE_NOT_ACCESSED': '网站未接入本接入商', 'FILING.OPEN_ORDER_EXISTS': '该账号有进行中的订单' },
    input: passiveCancellationInput,
    async run({ websiteNumber, reason, note }, ctx) {
      const who = reviewerOf(ctx, 'supervisor')
      const db = database()
      const site = await firstRow<RegistryWebsiteDoc>(db.collection('registry_websites').where({ websiteNumber }))
      if (!site?.ours) throw new AppFailure({ code: 'REVIEW.WEBSITE_NOT_ACCESSED', message: `网站 ${websiteNumber} 未接入本接入商`, field: 'websiteNumber' })
      const mine = await firstRow<{ subjectNumber: string }>(db.collection('subjects').where({ certificateKey: site.subjectCertificateKey }))
      const filed = mine ? await findFiledSubject(db, mine.subjectNumber) : null
      if (!filed) throw new AppFailure({ code: 'REVIEW.SUBJECT_NOT_IN_FILINGS', message: '该网站的主体不在任何账号的“我的备案”中，请先认领或联系申请人', field: 'websiteNumber' })
      const snapshot = snapshotOf(filed, [websiteNumber])
      const text = [PASSIVE_CANCELLATION_REASONS[reason], note].filter(Boolean).join('：')
      const order = await new OrderRepository(db).apply(
        null,
        {
          type: 'Create',
          actor: reviewerActor(who),
          order: {
            _id: `o${randomBytes(12).toString('hex')}`,
            type: 'CANCEL_ACCESS',
            ownerOpenid: filed.mine.ownerOpenid,
            identity: identityOf(filed, snapshot.websites),
            product: null,
            subject: snapshot.subject,
            websites: snapshot.websites,
            target: { subjectNumber: filed.mine.subjectNumber, websiteNumbers: [websiteNumber] },
            requestReason: text,
            initiatedBy: 'PROVIDER'
          }
        },
        ctx.now
      )
      await recordAudit(db, who, order._id, 'PASSIVE_CANCELLATION', ctx.now, { websiteNumber, reason })
      return { orderId: order._id, status: order.status, statusLabel: statusLabelOf(order.type, order.status) }
    }
  })
}
