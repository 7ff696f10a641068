import { randomBytes } from 'node:crypto'
import type { FiledRecord, Order, SubjectDraft, WebsiteDraft } from '../../types/order'
import { unicodeDomain } from '../../domain/rules/domain-name'
import {
  createOrderInput,
  listOrdersInput,
  orderReasonInput,
  orderRefInput,
  saveMaterialsInput,
  saveSubjectInput,
  saveVerificationInput,
  saveWebsitesInput,
  submitOrderInput
} from '../../types/api/orders'
import { AppFailure } from '../../types/result'
import { decideFilingType } from '../../domain/filing-type/decide-filing-type'
import { type ActionContext, action, applicantOpenid } from '../kernel/define-function'
import { firstRow, rows } from '../kernel/query'
import { database } from '../kernel/wx'
import { gatherFilingTypeFacts } from '../registry/filing-type-sources'
import { OrderRepository, applicantActor } from '../orders/order-repository'
import { orderSummary, orderView, viewFor } from '../orders/order-view'
import { type ProductInput, releaseProduct, reserveProduct } from '../orders/product'
import { gatherPrecheckFacts } from '../contacts/precheck-facts'
import { assertOwnFile } from '../storage/file-access'
import { configuredVerifier } from '../verification/verifier'
import { findFiledSubject } from '../operations/filed-records'
import { operationsState } from '../operations/operation-actions'


const repo = () => new OrderRepository(database())

/** The person 真实性核验 must show: the first website's 网站负责人 (the 主体负责人 when the same). */
const websitePrincipalOf = (order: Order) => {
  const p = order.websites[0]?.principal
  const person = p && p !== 'SAME_AS_SUBJECT' ? p : order.subject.principal
  return { name: person?.name, idNumber: person?.certificateNumber }
}

/** Loads the caller's order and applies one command to it. */
type Command = Parameters<OrderRepository['apply']>[1]
async function applyToOwn(ctx: ActionContext, orderId: string, build: (order: Order, actor: ReturnType<typeof applicantActor>) => Command | Promise<Command>) {
  const openid = applicantOpenid(ctx)
  const r = repo()
  const order = await r.getOwn(orderId, openid)
  const next = await r.apply(order, await build(order, applicantActor(openid)), ctx.now)
  return viewFor(next, openid, ctx.now)
}

export const createOrder = action({
  summary: '开始备案：重新验证备案类型、完成产品验证（服务器 IP 或备案授权码），创建订单（每个账号、每个证件同时只能有一个进行中的订单）。',
  errors: { 'FILING.*': '同 verifyType 的阻断条件', 'PRODUCT.*': '产品验证未通过（资源不存在、非包年包月、不足 3 个月、剩余不足 1 个月、次数用完、授权码已使用）' },
  input: createOrderInput,
  async run(input, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    const decision = decideFilingType(input, await gatherFilingTypeFacts(db, input, openid))
    if (!decision.ok) throw new AppFailure(decision.violation)
    const type = decision.filingType
    let subject: SubjectDraft | undefined
    let websites: WebsiteDraft[] = type === 'CLAIM' ? [] : [{ id: 'w1', domains: [input.domain.unicode] }]
    if (type === 'ADD_SITE_OURS') {
      const filed = await firstRow<{ subject: SubjectDraft }>(db.collection('subjects').where({ certificateKey: input.certificateNumber, ownerOpenid: openid }))
      subject = filed?.subject
    }
    // 新增接入 / 新增网站（原备案不在本接入商）: start from, and later check against, the registry's record.
    const filedRecord = type === 'ADD_ACCESS' || type === 'ADD_SITE_OTHER' ? await registryRecord(db, input.certificateNumber, type === 'ADD_ACCESS' ? input.domain.ascii : null) : undefined
    if (filedRecord) {
      subject = filedRecord.subjectName ? { name: filedRecord.subjectName } : undefined
      if (type === 'ADD_ACCESS' && filedRecord.websites.length)
        websites = filedRecord.websites.map((w, i) => ({ id: `w${i + 1}`, websiteNumber: w.websiteNumber, name: w.name, domains: w.domains.map(unicodeDomain) }))
    }
    const product = type === 'CLAIM' ? null : await reserveProduct(db, openid, input.product as ProductInput, ctx.now)
    const create = () => repo().apply(
      null,
      {
        type: 'Create',
        actor: applicantActor(openid),
        order: {
          _id: `o${randomBytes(12).toString('hex')}`,
          type,
          ownerOpenid: openid,
          identity: { province: input.province, hostNature: input.hostNature, certificateType: input.certificateType, certificateNumber: input.certificateNumber, domain: { ascii: input.domain.ascii, unicode: input.domain.unicode } },
          product,
          subject,
          websites,
          ...(filedRecord ? { filedRecord } : {})
        }
      },
      ctx.now
    )
    try {
      return orderView(await create(), ctx.now)
    } catch (e) {
      // The slot or code stays available when the order could not be created (e.g. lost a race).
      if (product) await releaseProduct(db, openid, product)
      throw e
    }
  }
})

/** 原备案信息 from the registry: the subject's number and name, and for 新增接入 the website holding the domain. */
async function registryRecord(db: ReturnType<typeof database>, certificateKey: string, domain: string | null): Promise<FiledRecord | undefined> {
  const subject = await firstRow<{ subjectNumber: string; name?: string }>(db.collection('registry_subjects').where({ certificateKey }))
  if (!subject) return undefined
  const website = domain ? await firstRow<{ websiteNumber: string; name?: string; domains: string[] }>(db.collection('registry_websites').where({ domains: domain, subjectCertificateKey: certificateKey })) : null
  return { subjectNumber: subject.subjectNumber, subjectName: subject.name, websites: website ? [{ websiteNumber: website.websiteNumber, name: website.name, domains: website.domains }] : [] }
}

export const getOrder = action({
  summary: '读取自己的订单：全部信息、审核意见、历史记录，以及提交前仍需完善的问题（problems）和所需资料（requiredMaterials）。',
  input: orderRefInput,
  async run({ orderId }, ctx) {
    const openid = applicantOpenid(ctx)
    return viewFor(await repo().getOwn(orderId, openid), openid, ctx.now)
  }
})

export const listOrders = action({
  summary: '我的备案订单列表（证件号码已脱敏）。',
  input: listOrdersInput,
  async run(_input, ctx) {
    return (await repo().listOwn(applicantOpenid(ctx))).map(orderSummary)
  }
})

export const listFilings = action({
  summary: '我的备案：本账号在本接入商已备案的主体和网站及其备案号，以及现在能否办理变更、取消接入、注销、转移（不能时说明原因）。',
  input: listOrdersInput,
  async run(_input, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    const subjects = await rows<{ certificateKey: string; subjectNumber: string; subject: SubjectDraft }>(db.collection('subjects').where({ ownerOpenid: openid }))
    return Promise.all(
      subjects.map(async (s) => {
        const filed = await findFiledSubject(db, s.subjectNumber)
        const state = await operationsState(db, filed, openid)
        return {
          subjectNumber: s.subjectNumber,
          name: s.subject?.name,
          hostNature: filed?.registry?.hostNature ?? null,
          filedWithUs: !!filed?.registry?.ours,
          ...state,
          websites: (filed?.websites ?? []).map((w) => ({ websiteNumber: w.websiteNumber, name: w.name, domains: w.domains, accessedByUs: !!w.ours, shell: !!w.shell }))
        }
      })
    )
  }
})

export const saveSubject = action({
  summary: '保存主体信息（可分步保存草稿；验证备案类型确定的字段不可修改）。',
  input: saveSubjectInput,
  run: ({ orderId, subject }, ctx) => applyToOwn(ctx, orderId, (_o, actor) => ({ type: 'SaveSubject', actor, subject }))
})

export const saveWebsites = action({
  summary: '保存网站信息（一个或多个网站，每个网站可有多个域名；验证过的域名不可删除）。',
  input: saveWebsitesInput,
  run: ({ orderId, websites }, ctx) =>
    applyToOwn(ctx, orderId, async (order, actor) => {
      // 前置审批 documents must be the caller's own uploads (files already on the order were checked when added).
      const known = new Set(order.websites.flatMap((w) => (w.preApprovals ?? []).map((a) => a.fileID)))
      const added = websites.flatMap((w, i) => (w.preApprovals ?? []).flatMap((a, j) => (a.fileID && !known.has(a.fileID) ? [{ fileID: a.fileID, field: `websites.${i}.preApprovals.${j}.fileID` }] : [])))
      await Promise.all(added.map((f) => assertOwnFile(database(), f.fileID, actor.openid, f.field)))
      return { type: 'SaveWebsites', actor, websites }
    })
})

export const saveMaterials = action({
  summary: '保存上传资料的引用（文件须由本人上传，见 POST /api/files）。',
  input: saveMaterialsInput,
  run: ({ orderId, materials }, ctx) =>
    applyToOwn(ctx, orderId, async (order, actor) => {
      // New files must be the caller's own uploads; ones already on the order (perhaps uploaded
      // by someone the owner handed the order to) were checked when they were added.
      const known = new Map(order.materials.map((m) => [m.fileID, m.uploadedAt]))
      await Promise.all(materials.map((m, i) => (known.has(m.fileID) ? undefined : assertOwnFile(database(), m.fileID, actor.openid, `materials.${i}.fileID`))))
      const uploadedAt = ctx.now.toISOString()
      return { type: 'SaveMaterials', actor, materials: materials.map((m) => ({ ...m, uploadedAt: known.get(m.fileID) ?? uploadedAt })) }
    })
})

export const saveVerification = action({
  summary: '真实性核验：核验网站负责人照片（白色背景、光线、清晰度），记录结果；未通过时说明原因，可重新核验。',
  input: saveVerificationInput,
  async run({ orderId, fileID }, ctx) {
    const openid = applicantOpenid(ctx)
    await assertOwnFile(database(), fileID, openid, 'fileID')
    const order = await repo().getOwn(orderId, openid)
    const outcome = await (await configuredVerifier()).verify(fileID, websitePrincipalOf(order))
    return applyToOwn(ctx, orderId, (_o, actor) => ({
      type: 'RecordVerification',
      actor,
      verification: { status: outcome.passed ? 'PASSED' : 'FAILED', fileID, problems: outcome.problems, checkedAt: ctx.now.toISOString() }
    }))
  }
})

export const submitOrder = action({
  summary: '提交初审：须同意三项协议且预检无问题；否则返回 ORDER.INCOMPLETE 及问题清单（detail.problems，每项含所在步骤）。',
  errors: { 'ORDER.INCOMPLETE': '还有需要完善的问题', 'ORDER.AGREEMENTS_REQUIRED': '未同意协议', 'ORDER.CONFLICT': '并发修改，请刷新后重试' },
  input: submitOrderInput,
  run: ({ orderId, agreementsAccepted }, ctx) =>
    applyToOwn(ctx, orderId, async (order, actor) => ({ type: 'Submit', actor, agreementsAccepted, facts: await gatherPrecheckFacts(database(), order) }))
})

export const withdrawOrder = action({
  summary: '撤销备案：把已提交、尚未提交管局的订单撤回为可编辑状态，信息保留。',
  input: orderReasonInput,
  run: ({ orderId, reason }, ctx) => applyToOwn(ctx, orderId, (_o, actor) => ({ type: 'Withdraw', actor, reason }))
})

export const abandonOrder = action({
  summary: '放弃备案：删除本次申请（已备案信息不受影响），释放账号和证件以便重新开始。',
  input: orderReasonInput,
  run: ({ orderId, reason }, ctx) => applyToOwn(ctx, orderId, (_o, actor) => ({ type: 'Abandon', actor, reason }))
})

export const resubmitOrder = action({
  summary: '修改后重新提交（待完善资料、初审驳回、管局驳回之后）。',
  input: orderRefInput,
  run: ({ orderId }, ctx) => applyToOwn(ctx, orderId, async (order, actor) => ({ type: 'Resubmit', actor, facts: await gatherPrecheckFacts(database(), order) }))
})

export const confirmOrder = action({
  summary: '确认：取消接入、注销主体、注销网站初审通过后，申请人发送确认。',
  input: orderRefInput,
  run: ({ orderId }, ctx) => applyToOwn(ctx, orderId, (_o, actor) => ({ type: 'Confirm', actor }))
})
