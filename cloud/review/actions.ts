import type { Order } from '../../types/order'
import { AppFailure } from '../../types/result'
import {
  approveInput, emptyInput, filingNumbersInput, loginInput, materialFileInput, orderRef, queueInput, reassignInput,
  recordCallInput, regulatorReasonsInput, rejectInput, requestMaterialsInput
} from '../../types/api/review'
import type { OrderCommand, Reason } from '../../domain/order/commands'
import { REJECTION_REASONS, catalogueReason, reviewableFields } from '../../domain/review/catalogue'
import { maskPhone } from '../../domain/masking'
import { ORDER_STATUS_LABELS, statusLabelOf } from '../../types/order-status'
import { type ActionContext, action } from '../kernel/define-function'
import { firstRow, rows } from '../kernel/query'
import { database } from '../kernel/wx'
import { OrderRepository } from '../orders/order-repository'
import { recordRegulatorApproval } from '../registry/record-approval'
import { loginReviewer, logoutReviewer } from '../auth/reviewer-sessions'
import { recordClaimApproval } from '../registry/record-claim'
import { ClaimBook } from './claims'
import { passiveCancellationActions } from './passive-cancellation'
import { loadOrder, readDetail, recordAudit } from './detail'
import { materialImage } from './materials'
import { TABS, queueRow, readQueue, tabOf } from './queue'
import { reviewerActor, reviewerOf, sandboxRegulator } from './reviewer'

type Build = (order: Order, actor: ReturnType<typeof reviewerActor>) => OrderCommand | Promise<OrderCommand>

/**
 * A reviewer's command on an order: only with a live claim of their own, then
 * through OrderRepository.apply (decide/evolve, version-checked write). A
 * status change ends the claim: the order moves on to another queue.
 */
async function actOnClaimed(ctx: ActionContext, orderId: string, build: Build) {
  const who = reviewerOf(ctx)
  const db = database()
  const claims = new ClaimBook(db)
  await claims.assertHeld(orderId, who.username, ctx.now)
  const order = await loadOrder(db, orderId)
  const next = await new OrderRepository(db).apply(order, await build(order, reviewerActor(who)), ctx.now)
  if (next.status !== order.status) await claims.release(orderId, who.username)
  const tab = tabOf(next.status)
  return { order: queueRow(next, ctx.now, tab ? TABS[tab].slaWorkingDays : 2), statusLabel: statusLabelOf(next.type, next.status), version: next.version, calls: next.calls ?? [] }
}

/** Catalogue reasons carry the catalogue's wording; free-text reasons their own. Retired or unknown codes are refused. */
function checkReasons(reasons: Reason[]): Reason[] {
  return reasons.map((r) => {
    if (!r.code) return r
    const known = catalogueReason(r.code)
    if (!known || !known.active) throw new AppFailure({ code: 'REVIEW.UNKNOWN_REASON', message: `驳回原因 ${r.code} 不在原因目录中`, field: 'reasons' })
    return r
  })
}

export const reviewActions = {
  login: action({
    summary: '备案专员登录（用户名、密码；连续 5 次错误锁定 15 分钟）→ token（Bearer）、角色。',
    errors: { 'AUTH.INVALID_CREDENTIALS': '用户名或密码错误', 'AUTH.LOCKED': '账号临时锁定' },
    input: loginInput,
    allowAnonymous: true,
    run: ({ username, password }, ctx) => loginReviewer(database(), username, password, ctx.now)
  }),
  logout: action({
    summary: '退出登录：使当前 token 失效。',
    input: emptyInput,
    async run(_i, ctx) {
      reviewerOf(ctx)
      if (ctx.caller.kind === 'reviewer') await logoutReviewer(database(), ctx.caller.token)
      return null
    }
  }),
  me: action({
    summary: '当前登录的备案专员及其角色；以及是否有沙箱管局。',
    input: emptyInput,
    run: async (_i, ctx) => ({ ...reviewerOf(ctx), sandboxRegulator: sandboxRegulator() })
  }),
  catalogue: action({
    summary: '驳回原因目录（规范 §8.4，可编辑数据 domain/data/rejection-reasons.json）与队列标签。',
    input: emptyInput,
    async run(_i, ctx) {
      reviewerOf(ctx)
      return {
        reasons: REJECTION_REASONS.filter((r) => r.active).map(({ code, reason, field }) => ({ code, reason, ...(field ? { field } : {}) })),
        tabs: Object.entries(TABS).map(([tab, t]) => ({ tab, label: t.label, statuses: t.statuses }))
      }
    }
  }),
  reviewers: action({
    summary: '备案专员名单（供主管改派）。',
    input: emptyInput,
    async run(_i, ctx) {
      reviewerOf(ctx)
      const list = await rows<{ username: string; role: string }>(database().collection('reviewers').field({ username: true, role: true }).limit(1000))
      return list.map((r) => ({ username: r.username, role: r.role }))
    }
  }),
  queue: action({
    summary: '审核队列：页签（初审、待提交管局、管局退回、短信核验中、待管局审核）及各自数量；按省份、备案类型、主办单位性质、等待天数筛选；按等待时间排序；SLA（工作日，含法定节假日）。证件号、手机号脱敏。',
    input: queueInput,
    async run(input, ctx) {
      const who = reviewerOf(ctx)
      return readQueue(database(), input, who.username, ctx.now)
    }
  }),
  claim: action({
    summary: '领取订单（独占，30 分钟无操作自动失效；本人再次领取即续期）。',
    errors: { 'REVIEW.CLAIMED_BY_OTHER': '已被其他专员领取', 'REVIEW.CLAIM_CONFLICT': '并发领取，请重试' },
    input: orderRef,
    async run({ orderId }, ctx) {
      const who = reviewerOf(ctx)
      const db = database()
      const order = await loadOrder(db, orderId)
      if (!tabOf(order.status)) throw new AppFailure({ code: 'REVIEW.NOT_IN_QUEUE', message: `订单当前状态为“${ORDER_STATUS_LABELS[order.status]}”，不在审核队列中` })
      const claim = await new ClaimBook(db).take(orderId, who.username, ctx.now)
      return { orderId, username: claim.username, expiresAt: claim.expiresAt }
    }
  }),
  claimNext: action({
    summary: '领取下一单：当前页签和筛选条件下等待最久、无人领取的订单；没有则返回 null。',
    input: queueInput,
    async run(input, ctx) {
      const who = reviewerOf(ctx)
      const db = database()
      const claims = new ClaimBook(db)
      const page = await readQueue(db, { ...input, claim: 'UNCLAIMED', page: 1, pageSize: 10 }, who.username, ctx.now)
      for (const row of page.rows) {
        try {
          const c = await claims.take(row._id, who.username, ctx.now)
          return { orderId: row._id, expiresAt: c.expiresAt }
        } catch (e) {
          if (!(e instanceof AppFailure)) throw e // someone else was quicker: try the next one
        }
      }
      return null
    }
  }),
  release: action({
    summary: '放弃领取（本人）；主管可释放任何人的领取。',
    input: orderRef,
    async run({ orderId }, ctx) {
      const who = reviewerOf(ctx)
      await new ClaimBook(database()).release(orderId, who.role === 'supervisor' ? null : who.username)
      return null
    }
  }),
  reassign: action({
    summary: '改派（仅审核主管）：把订单的领取转给另一位备案专员。',
    input: reassignInput,
    async run({ orderId, username }, ctx) {
      const who = reviewerOf(ctx, 'supervisor')
      const db = database()
      await loadOrder(db, orderId)
      if (!(await firstRow(db.collection('reviewers').where({ username })))) throw new AppFailure({ code: 'REVIEW.UNKNOWN_REVIEWER', message: `备案专员 ${username} 不存在`, field: 'username' })
      const claim = await new ClaimBook(db).take(orderId, username, ctx.now, true)
      await recordAudit(db, who, orderId, 'REASSIGN', ctx.now, { to: username })
      return { orderId, username: claim.username, expiresAt: claim.expiresAt }
    }
  }),
  detail: action({
    summary: '订单详情：申请人填写的全部信息（含完整证件号、手机号，每次查看均记录）、资料、预检问题、主体已有备案和订单、领取状态、回访记录、事件时间线。',
    input: orderRef,
    run: ({ orderId }, ctx) => readDetail(database(), orderId, reviewerOf(ctx), ctx.now)
  }),
  materialImage: action({
    summary: '订单资料图片的短时下载地址（10 分钟有效；本地为签名的 /api/files/… 地址，云端为云存储临时链接）；只提供属于该订单的文件。',
    input: materialFileInput,
    async run({ orderId, fileID }, ctx) {
      reviewerOf(ctx)
      return materialImage(await loadOrder(database(), orderId), fileID, ctx.now)
    }
  }),
  approve: action({
    summary: '初审通过 → 待提交管局（取消接入、注销为待申请人确认；认领备案直接完成）。须先领取。',
    errors: { 'REVIEW.CLAIM_REQUIRED': '未领取或领取已过期', 'ORDER.CONFLICT': '订单已被更新' },
    input: approveInput,
    async run({ orderId, note }, ctx) {
      const done = await actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'Approve', actor, ...(note ? { note } : {}) }))
      // 认领备案 ends with our approval: the legacy records become the applicant's 我的备案.
      if (done.order.type === 'CLAIM' && done.order.status === 'APPROVED') {
        const db = database()
        await recordClaimApproval(db, await loadOrder(db, orderId), ctx.now)
      }
      return done
    }
  }),
  requestMaterials: action({
    summary: '待完善资料：勾选需要修改的字段或资料（reasons[].field，如 subject.principal.mobile、materials.SUBJECT_CERTIFICATE）并说明；申请人只看到这些。',
    input: requestMaterialsInput,
    run: ({ orderId, reasons, note }, ctx) =>
      actOnClaimed(ctx, orderId, (order, actor) => {
        const known = new Set(reviewableFields(order).map((f) => f.field))
        const unknown = reasons.find((r) => r.field && !known.has(r.field))
        if (unknown) throw new AppFailure({ code: 'REVIEW.UNKNOWN_FIELD', message: `订单中没有该字段或资料：${unknown.field}`, field: 'reasons' })
        return { type: 'RequestMaterials', actor, reasons: checkReasons(reasons), ...(note ? { note } : {}) }
      })
  }),
  reject: action({
    summary: '初审驳回：一个或多个目录原因（code）加自由文字；“电话不通”（R18）须先有两次间隔约 1 小时的未接通回访。',
    errors: { 'ORDER.CALL_BACK_REQUIRED': '回访次数不足', 'REVIEW.UNKNOWN_REASON': '原因不在目录中' },
    input: rejectInput,
    run: ({ orderId, reasons, note }, ctx) => actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'Reject', actor, reasons: checkReasons(reasons), ...(note ? { note } : {}) }))
  }),
  recordCall: action({
    summary: '记录回访电话：拨打的联系电话、是否接通、通话记录（记在订单上）。',
    input: recordCallInput,
    run: ({ orderId, field, answered, note }, ctx) =>
      actOnClaimed(ctx, orderId, (order, actor) => {
        const [, site, kind] = /^(subject|websites\.([a-z0-9-]+))\.principal\.(\w+)$/.exec(field)?.slice(1) ?? []
        const website = field.startsWith('websites.') ? order.websites.find((w) => w.id === site) : undefined
        const principal = field.startsWith('subject.') ? order.subject.principal : website?.principal === 'SAME_AS_SUBJECT' ? order.subject.principal : (website?.principal as Record<string, string> | undefined)
        const phone = (principal as Record<string, string> | undefined)?.[kind]
        if (!phone) throw new AppFailure({ code: 'REVIEW.NO_SUCH_PHONE', message: '订单中没有该联系电话', field: 'field' })
        return { type: 'RecordCall', actor, call: { field, phone: maskPhone(phone), answered, ...(note ? { note } : {}) } }
      })
  }),
  submitToRegulator: action({
    summary: '提交管局：待提交管局 → 短信核验中（取消接入直接待管局审核）。生产环境中专员在工信部系统提交后在此记录。',
    input: orderRef,
    run: ({ orderId }, ctx) => actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'SubmitToRegulator', actor }))
  }),
  recordSmsCompleted: action({
    summary: '记录短信核验完成：短信核验中 → 待管局审核。',
    input: orderRef,
    run: ({ orderId }, ctx) => actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'CompleteSmsVerification', actor }))
  }),
  recordReturned: action({
    summary: '记录管局退回（短信核验超时或多次输错）：短信核验中 → 已被管局退回。',
    input: regulatorReasonsInput,
    run: ({ orderId, reasons, note }, ctx) => actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'ReturnByRegulator', actor, reasons: checkReasons(reasons), ...(note ? { note } : {}) }))
  }),
  resubmitToRegulator: action({
    summary: '管局退回后原样重新提交管局（重新短信核验）。',
    input: orderRef,
    run: ({ orderId }, ctx) => actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'ResubmitToRegulator', actor }))
  }),
  sendBackForModification: action({
    summary: '管局退回后退回申请人修改（→ 初审驳回），附原因。',
    input: regulatorReasonsInput,
    run: ({ orderId, reasons, note }, ctx) => actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'SendBackForModification', actor, reasons: checkReasons(reasons), ...(note ? { note } : {}) }))
  }),
  recordRegulatorApproval: action({
    summary: '记录管局审核通过（生产环境）：专员填写工信部下发的主体备案号和每个网站的备案号，写入备案库和“我的备案”。',
    errors: { 'REVIEW.FILING_NUMBER_INVALID': '备案号格式不正确', 'REVIEW.SUBJECT_NUMBER_MISMATCH': '主体备案号与备案库不一致' },
    input: filingNumbersInput,
    async run({ orderId, filingNumbers }, ctx) {
      const who = reviewerOf(ctx)
      const db = database()
      const claims = new ClaimBook(db)
      await claims.assertHeld(orderId, who.username, ctx.now)
      const done = await recordRegulatorApproval(db, orderId, reviewerActor(who), ctx.now, filingNumbers)
      await claims.release(orderId, who.username)
      return { orderId, status: done.status, filingNumbers: done.filingNumbers }
    }
  }),
  recordRegulatorRejection: action({
    summary: '记录管局驳回（生产环境）：附管局给出的原因，申请人修改后重新初审。',
    input: regulatorReasonsInput,
    run: ({ orderId, reasons, note }, ctx) => actOnClaimed(ctx, orderId, (_o, actor) => ({ type: 'RegulatorReject', actor, reasons: checkReasons(reasons), ...(note ? { note } : {}) }))
  }),
  sandboxRegulatorQueue: action({
    summary: '沙箱管局控制台（仅本地沙箱）：待管局审核的订单。',
    errors: { 'REVIEW.SANDBOX_ONLY': '生产环境没有沙箱管局' },
    input: emptyInput,
    async run(_i, ctx) {
      reviewerOf(ctx)
      assertSandbox()
      const found = await rows<Order>(database().collection('orders').where({ status: 'REGULATOR_REVIEW' }).orderBy('statusSince', 'asc').limit(100))
      return found.map((o) => queueRow(o, ctx.now, TABS.REGULATOR.slaWorkingDays))
    }
  }),
  sandboxRegulatorApprove: action({
    summary: '沙箱管局审核通过（仅本地沙箱）：按省份和年份签发备案号，写入备案库。',
    input: orderRef,
    async run({ orderId }, ctx) {
      reviewerOf(ctx)
      assertSandbox()
      const done = await recordRegulatorApproval(database(), orderId, { kind: 'regulator' }, ctx.now)
      return { orderId, status: done.status, filingNumbers: done.filingNumbers }
    }
  }),
  sandboxRegulatorReject: action({
    summary: '沙箱管局驳回（仅本地沙箱），附原因。',
    input: regulatorReasonsInput,
    async run({ orderId, reasons, note }, ctx) {
      reviewerOf(ctx)
      assertSandbox()
      const db = database()
      const done = await new OrderRepository(db).apply(await loadOrder(db, orderId), { type: 'RegulatorReject', actor: { kind: 'regulator' }, reasons, ...(note ? { note } : {}) }, ctx.now)
      return { orderId, status: done.status }
    }
  }),
  ...passiveCancellationActions
}

function assertSandbox() {
  if (!sandboxRegulator()) throw new AppFailure({ code: 'REVIEW.SANDBOX_ONLY', message: '沙箱管局仅在本地运行环境中可用' })
}
