import { randomBytes } from 'node:crypto'
import { isChange } from '../../domain/order/change-rules'
import { isCancellation } from '../../domain/order/transitions'
import type { Order, OrderType } from '../../types/order'
import { AppFailure } from '../../types/result'
import { startOperationInput } from '../../types/api/operations'
import { type OpenOrderFact, type OperationFacts, operationRefusal } from '../../domain/order/operation-rules'
import { FINISHED_ORDER_STATUSES } from '../../types/order-status'
import { action, applicantOpenid } from '../kernel/define-function'
import { firstRow } from '../kernel/query'
import { type Database, database } from '../kernel/wx'
import { OrderRepository, applicantActor } from '../orders/order-repository'
import { viewFor } from '../orders/order-view'
import { type FiledSubject, findFiledSubject, identityOf, snapshotOf } from './filed-records'


type Slim = Pick<Order, 'type' | 'status'>

const unfinished = (db: Database) => db.command.nin([...FINISHED_ORDER_STATUSES])

/** The account's order in progress, if any (one open order per account, §3.6). */
export async function openOrderOf(db: Database, openid: string): Promise<OpenOrderFact | null> {
  const open = await firstRow<Slim>(db.collection('orders').where({ ownerOpenid: openid, status: unfinished(db) }).field({ type: true, status: true }))
  return open ? { type: open.type, status: open.status } : null
}

const WEBSITE_SCOPED: readonly OrderType[] = ['CHANGE_WEBSITE', 'CHANGE_BOTH', 'CANCEL_ACCESS', 'CANCEL_WEBSITE']

/** What the rules for starting an operation need, read once. */
async function operationFacts(db: Database, filed: FiledSubject | null, openid: string, websiteNumbers: readonly string[]): Promise<OperationFacts> {
  const [accountOpenOrder, elsewhere] = await Promise.all([
    openOrderOf(db, openid),
    filed ? firstRow(db.collection('orders').where({ certificateKey: filed.mine.certificateKey, status: unfinished(db), ownerOpenid: db.command.neq(openid) })) : null
  ])
  return {
    accountOpenOrder,
    certificateOpenElsewhere: elsewhere !== null,
    subject: filed
      ? { filedWithUs: !!filed.registry?.ours, ownedByCaller: filed.mine.ownerOpenid === openid, pendingAtRegulatorElsewhere: !!filed.registry?.pendingAtRegulatorElsewhere }
      : null,
    websites: websiteNumbers.map((n) => {
      const w = filed?.websites.find((x) => x.websiteNumber === n)
      return { websiteNumber: n, found: !!w, accessedByUs: !!w?.ours }
    })
  }
}

export const startOperation = action({
  summary:
    '办理已备案主体/网站的业务：变更主体、变更网站、变更备案（创建预填已备案信息的订单，只修改需要变更的项），取消接入、注销网站、注销主体（选择原因并确认后直接提交初审）。',
  errors: {
    'OPERATION.ORDER_IN_PROGRESS': '账号有正在办理的订单（变更与新增网站/新增接入不能同时办理；注销网站一次一个）',
    'OPERATION.NOT_YOUR_FILING': '不是本账号的备案',
    'OPERATION.SUBJECT_NOT_FILED_WITH_US': '注销主体仅限在本接入商备案的主体',
    'OPERATION.WEBSITE_NOT_ACCESSED_BY_US': '网站未接入本接入商'
  },
  input: startOperationInput,
  async run(input, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    const op = input.operation
    const filed = await findFiledSubject(db, input.subjectNumber)
    const numbers = WEBSITE_SCOPED.includes(op) ? input.websiteNumbers : []
    const refused = operationRefusal(op, await operationFacts(db, filed, openid, numbers))
    if (refused || !filed) throw new AppFailure(refused ?? { code: 'OPERATION.NOT_YOUR_FILING', message: '只能办理本账号“我的备案”中的主体和网站' })

    const snapshot = snapshotOf(filed, op === 'CHANGE_SUBJECT' || op === 'CANCEL_SUBJECT' ? undefined : numbers)
    // 变更主体 edits the subject only; its websites stay as filed and out of the order.
    const websites = op === 'CHANGE_SUBJECT' || op === 'CANCEL_SUBJECT' ? [] : snapshot.websites
    const repo = new OrderRepository(db)
    const actor = applicantActor(openid)
    const created = await repo.apply(
      null,
      {
        type: 'Create',
        actor,
        order: {
          _id: `o${randomBytes(12).toString('hex')}`,
          type: op,
          ownerOpenid: openid,
          identity: identityOf(filed, websites.length ? websites : snapshot.websites),
          product: null,
          subject: snapshot.subject,
          websites,
          target: { subjectNumber: filed.mine.subjectNumber, websiteNumbers: op === 'CANCEL_SUBJECT' ? filed.websites.map((w) => w.websiteNumber) : numbers },
          ...(isChange(op) ? { original: { subject: snapshot.subject, websites } } : {}),
          ...(input.reason ? { requestReason: input.reason } : {})
        }
      },
      ctx.now
    )
    if (!isCancellation(op)) return viewFor(created, openid, ctx.now)
    // 取消接入 / 注销: nothing to fill in; the confirmed request goes to 初审 at once (seed ch. 6–8).
    const submitted = await repo.apply(created, { type: 'Submit', actor, agreementsAccepted: true }, ctx.now)
    return viewFor(submitted, openid, ctx.now)
  }
})

/** What 我的备案 shows for a filed subject: whether operations can start now, and if not why. */
export async function operationsState(db: Database, filed: FiledSubject | null, openid: string) {
  const facts = await operationFacts(db, filed, openid, [])
  return {
    blockedBecause: operationRefusal('CHANGE_SUBJECT', facts)?.message ?? null,
    cancelSubjectBlockedBecause: operationRefusal('CANCEL_SUBJECT', facts)?.message ?? null
  }
}
