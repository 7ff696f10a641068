import { createHash, randomBytes, randomInt } from 'node:crypto'
import { AppFailure } from '../../types/result'
import { acceptTransferInput, offerTransferInput, transferRefInput } from '../../types/api/operations'
import { transferRefusal } from '../../domain/order/operation-rules'
import { action, applicantOpenid } from '../kernel/define-function'
import { firstRow, rows } from '../kernel/query'
import { database } from '../kernel/wx'
import { findFiledSubject } from './filed-records'
import { openOrderOf } from './operation-actions'

/**
 * 转移备案 (spec §2.9, seed ch. 10): the holder of account A offers a filed
 * subject with a one-time transfer code; the holder of account B enters it
 * and confirms. Both confirm, neither account may have an order in progress,
 * and B may not have a subject. No provider or 管局 review. The code is
 * stored hashed, valid 24 hours, single use; every step is recorded.
 */
export const TRANSFER_TTL_MS = 24 * 3600 * 1000
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' // no 0/O, 1/I

interface TransferEvent {
  type: 'Offered' | 'Accepted' | 'Cancelled'
  at: string
  /** The account (openid) that did it. */
  by: string
}

interface TransferDoc {
  _id: string
  codeHash: string
  subjectNumber: string
  certificateKey: string
  fromOpenid: string
  toOpenid?: string
  status: 'OFFERED' | 'DONE' | 'CANCELLED'
  expiresAt: number
  events: TransferEvent[]
}

const hash = (code: string) => createHash('sha256').update(`icp-transfer:${code}`).digest('hex')
const newCode = () => Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
const event = (type: TransferEvent['type'], openid: string, now: Date): TransferEvent => ({ type, at: now.toISOString(), by: openid })

export const offerTransfer = action({
  summary: '转移备案（转出方）：为本账号的备案主体生成 8 位转移码（24 小时内有效，仅能使用一次），交给接收账号的持有人。',
  errors: { 'TRANSFER.SOURCE_ORDER_IN_PROGRESS': '本账号有正在办理的订单', 'OPERATION.NOT_YOUR_FILING': '不是本账号的备案' },
  input: offerTransferInput,
  async run({ subjectNumber }, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    const filed = await findFiledSubject(db, subjectNumber)
    if (!filed || filed.mine.ownerOpenid !== openid) throw new AppFailure({ code: 'OPERATION.NOT_YOUR_FILING', message: '只能转移本账号“我的备案”中的主体', field: 'subjectNumber' })
    const refused = transferRefusal({ sameAccount: false, sourceOpenOrder: await openOrderOf(db, openid), targetOpenOrder: null, targetHasSubject: false })
    if (refused) throw new AppFailure(refused)
    // A new offer replaces an earlier one that was not used.
    const _ = db.command
    await db.collection('transfers').where({ subjectNumber, status: 'OFFERED' }).update({ data: { status: 'CANCELLED', events: _.push([event('Cancelled', openid, ctx.now)]) } })
    const code = newCode()
    const doc: TransferDoc = {
      _id: `t${randomBytes(12).toString('hex')}`,
      codeHash: hash(code),
      subjectNumber,
      certificateKey: filed.mine.certificateKey,
      fromOpenid: openid,
      status: 'OFFERED',
      expiresAt: ctx.now.getTime() + TRANSFER_TTL_MS,
      events: [event('Offered', openid, ctx.now)]
    }
    await db.collection('transfers').add({ data: doc })
    return { transferId: doc._id, code, subjectNumber, expiresAt: new Date(doc.expiresAt).toISOString() }
  }
})

export const cancelTransfer = action({
  summary: '转移备案（转出方）：作废尚未使用的转移码。',
  input: transferRefInput,
  async run({ transferId }, ctx) {
    const openid = applicantOpenid(ctx)
    const _ = database().command
    const res = (await database().collection('transfers').where({ _id: transferId, fromOpenid: openid, status: 'OFFERED' }).update({ data: { status: 'CANCELLED', events: _.push([event('Cancelled', openid, ctx.now)]) } })) as { stats: { updated: number } }
    if (res.stats.updated !== 1) throw new AppFailure({ code: 'TRANSFER.NOT_FOUND', message: '没有可作废的转移码' })
    return { transferId, status: 'CANCELLED' }
  }
})

export const acceptTransfer = action({
  summary: '转移备案（接收方）：输入转移码并确认，备案主体及其网站转入本账号（两个账号都不能有正在办理的订单，本账号不能已有备案主体）。',
  errors: {
    'TRANSFER.CODE_INVALID': '转移码不正确、已使用或已过期',
    'TRANSFER.TARGET_HAS_SUBJECT': '本账号已有备案主体',
    'TRANSFER.TARGET_ORDER_IN_PROGRESS': '本账号有正在办理的订单',
    'TRANSFER.SOURCE_ORDER_IN_PROGRESS': '转出账号有正在办理的订单'
  },
  input: acceptTransferInput,
  async run({ code }, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    const _ = db.command
    const offer = await firstRow<TransferDoc>(db.collection('transfers').where({ codeHash: hash(code), status: 'OFFERED' }))
    if (!offer || offer.expiresAt <= ctx.now.getTime())
      throw new AppFailure({ code: 'TRANSFER.CODE_INVALID', message: '转移码不正确、已使用或已过期，请向转出方索取新的转移码', field: 'code' })
    const [sourceOpenOrder, targetOpenOrder, targetSubjects] = await Promise.all([
      openOrderOf(db, offer.fromOpenid),
      openOrderOf(db, openid),
      rows(db.collection('subjects').where({ ownerOpenid: openid }).limit(1))
    ])
    const refused = transferRefusal({ sameAccount: offer.fromOpenid === openid, sourceOpenOrder, targetOpenOrder, targetHasSubject: targetSubjects.length > 0 })
    if (refused) throw new AppFailure(refused)
    // Single use: only the request that moves the offer out of OFFERED goes on.
    const taken = (await db.collection('transfers').where({ _id: offer._id, status: 'OFFERED' }).update({ data: { status: 'DONE', toOpenid: openid, events: _.push([event('Accepted', openid, ctx.now)]) } })) as { stats: { updated: number } }
    if (taken.stats.updated !== 1) throw new AppFailure({ code: 'TRANSFER.CODE_INVALID', message: '转移码已被使用', field: 'code' })
    const moved = (await db.collection('subjects').where({ subjectNumber: offer.subjectNumber, ownerOpenid: offer.fromOpenid }).update({ data: { ownerOpenid: openid, transferredAt: ctx.now.toISOString(), updatedAt: ctx.now.toISOString() } })) as { stats: { updated: number } }
    if (moved.stats.updated !== 1) throw new AppFailure({ code: 'TRANSFER.SUBJECT_GONE', message: '该备案主体已不在转出账号下，转移未完成' })
    const filed = await findFiledSubject(db, offer.subjectNumber)
    return { subjectNumber: offer.subjectNumber, name: filed?.mine.subject?.name ?? '', websites: filed?.websites.filter((w) => w.ours).map((w) => w.websiteNumber) ?? [] }
  }
})
