import { changeBothRequiredBecause, changeProblems, changesOf } from '../../domain/order/change-rules'
import { decide } from '../../domain/order/decide'
import { requiredMaterials } from '../../domain/order/materials'
import { type OperationFacts, operationRefusal, transferRefusal } from '../../domain/order/operation-rules'
import { precheck } from '../../domain/order/precheck'
import type { Order, WebsiteDraft } from '../../types/order'
import { T0, applicant, completePersonalOrder, run } from '../support/orders'

/** A 变更 order as the cloud layer creates it: the filed data copied in, and kept as `original`. */
function changeOrder(type: Order['type'], over: Partial<Order> = {}): Order {
  const filed = completePersonalOrder()
  const websites: WebsiteDraft[] = [{ ...filed.websites[0], websiteNumber: '京ICP备2020000009号-1', domains: ['example.com', 'example.cn'] }]
  const created = run(null, {
    type: 'Create',
    actor: applicant,
    order: {
      _id: 'change-1',
      type,
      ownerOpenid: 'openid-zhang',
      identity: { ...filed.identity, ...(over.identity ?? {}) },
      product: null,
      subject: filed.subject,
      websites,
      target: { subjectNumber: '京ICP备2020000009号', websiteNumbers: ['京ICP备2020000009号-1'] },
      original: { subject: filed.subject, websites }
    }
  })
  return { ...created, verification: filed.verification, ...over, identity: created.identity }
}

describe('变更备案 rules (spec §2.4, seed ch. 5)', () => {
  it('lists exactly what changed, and refuses a change that changes nothing', () => {
    const o = changeOrder('CHANGE_SUBJECT')
    expect(changesOf(o)).toEqual([])
    expect(changeProblems(o).map((p) => p.code)).toEqual(['CHANGE.NOTHING_CHANGED'])
    const moved = run(o, { type: 'SaveSubject', actor: applicant, subject: { ...o.subject, mailingAddress: '北京市朝阳区建国路9号' } })
    expect(changesOf(moved)).toEqual([{ path: 'subject.mailingAddress', before: '北京市朝阳区建国路1号院2号楼301', after: '北京市朝阳区建国路9号' }])
    expect(precheck(moved, T0)).toEqual([])
  })

  it('lets domains be deleted but never added, and keeps the filed websites', () => {
    const o = changeOrder('CHANGE_WEBSITE')
    const removed = decide(o, { type: 'SaveWebsites', actor: applicant, websites: [{ ...o.websites[0], domains: ['example.cn'] }] }, T0)
    expect(removed.ok).toBe(true)
    const added = decide(o, { type: 'SaveWebsites', actor: applicant, websites: [{ ...o.websites[0], domains: ['example.com', 'new-one.com'] }] }, T0)
    expect(added).toMatchObject({ ok: false, violation: { code: 'CHANGE.DOMAIN_ADDED', field: 'websites.w1.domains' } })
    const extraSite = decide(o, { type: 'SaveWebsites', actor: applicant, websites: [o.websites[0], { ...o.websites[0], id: 'w2', websiteNumber: undefined }] }, T0)
    expect(extraSite).toMatchObject({ ok: false, violation: { code: 'CHANGE.WEBSITE_SET' } })
    const renumbered = decide(o, { type: 'SaveWebsites', actor: applicant, websites: [{ ...o.websites[0], websiteNumber: '京ICP备2020000009号-9' }] }, T0)
    expect(renumbered).toMatchObject({ ok: false, violation: { code: 'CHANGE.WEBSITE_NUMBER' } })
    expect(decide(o, { type: 'SaveSubject', actor: applicant, subject: { ...o.subject, name: '李四' } }, T0)).toMatchObject({ ok: false, violation: { code: 'ORDER.FIELD_FROZEN' } })
  })

  it('requires 变更备案 (both) for a personal filing\u2019s contact change', () => {
    const o = changeOrder('CHANGE_SUBJECT')
    const phone = run(o, { type: 'SaveSubject', actor: applicant, subject: { ...o.subject, principal: { ...o.subject.principal, mobile: '13900139000' } } })
    expect(changeBothRequiredBecause(phone)).toContain('个人备案的联系方式')
    expect(changeProblems(phone).map((p) => p.code)).toEqual(['CHANGE.NEEDS_CHANGE_BOTH'])
    const both = changeOrder('CHANGE_BOTH')
    const ok = run(both, { type: 'SaveSubject', actor: applicant, subject: { ...both.subject, principal: { ...both.subject.principal, mobile: '13900139000' } } })
    expect(changeProblems(ok)).toEqual([])
  })

  it('requires 变更备案 and a new 网站负责人授权书 when the legal representative changes in 湖南 and 贵州, not elsewhere', () => {
    const unit = (province: string): Order => {
      const o = changeOrder('CHANGE_SUBJECT', { identity: { province, hostNature: 'ENTERPRISE', certificateType: 'BUSINESS_LICENSE', certificateNumber: '91430100MA4L0X0X0X', domain: { ascii: 'example.com', unicode: 'example.com' } } })
      const websites = o.websites.map((w) => ({ ...w, principal: { name: '王五', certificateType: 'RESIDENT_ID' as const, certificateNumber: '11010519491231002X', certificateValidTo: 'LONG_TERM', mobile: '13700137000', email: 'w@example.com' } }))
      const base = { ...o, websites, original: { subject: { ...o.subject, legalRepresentative: '张三' }, websites } }
      return { ...base, subject: { ...base.original.subject, legalRepresentative: '赵六', principal: { ...base.original.subject.principal, name: '赵六', certificateNumber: '110105194912310021' } } }
    }
    expect(changeBothRequiredBecause(unit('43'))).toContain('网站负责人授权书')
    expect(changeBothRequiredBecause(unit('52'))).toContain('变更备案')
    expect(changeBothRequiredBecause(unit('11'))).toBeNull()
    const kinds = requiredMaterials({ ...unit('43'), type: 'CHANGE_BOTH' }).map((m) => m.kind)
    expect(kinds).toEqual(expect.arrayContaining(['SUBJECT_CERTIFICATE', 'SUBJECT_PRINCIPAL_ID_FRONT', 'SUBJECT_PRINCIPAL_ID_BACK', 'WEBSITE_PRINCIPAL_AUTH_LETTER']))
    expect(requiredMaterials({ ...unit('11'), type: 'CHANGE_BOTH' }).map((m) => m.kind)).not.toContain('WEBSITE_PRINCIPAL_AUTH_LETTER')
  })

  it('asks for a new licence scan when a unit\u2019s 证件住所 changes (the seed\u2019s example), and nothing when only a name changes on a personal site', () => {
    const o = changeOrder('CHANGE_SUBJECT', { identity: { province: '11', hostNature: 'ENTERPRISE', certificateType: 'BUSINESS_LICENSE', certificateNumber: '91110105MA01ABCD1X', domain: { ascii: 'example.com', unicode: 'example.com' } } })
    const moved = { ...o, subject: { ...o.subject, certificateAddress: '北京市海淀区新地址2号' } }
    expect(requiredMaterials(moved).map((m) => m.kind)).toEqual(['SUBJECT_CERTIFICATE'])
    const site = changeOrder('CHANGE_WEBSITE')
    const renamed = run(site, { type: 'SaveWebsites', actor: applicant, websites: [{ ...site.websites[0], name: '张三的书评' }] })
    expect(requiredMaterials(renamed)).toEqual([])
    expect(precheck(renamed, T0)).toEqual([])
  })
})

describe('starting operations on existing filings (spec §2.4–2.9, §3.6)', () => {
  const facts = (over: Partial<OperationFacts> = {}): OperationFacts => ({
    accountOpenOrder: null,
    certificateOpenElsewhere: false,
    subject: { filedWithUs: true, ownedByCaller: true, pendingAtRegulatorElsewhere: false },
    websites: [{ websiteNumber: '豫ICP备2024000101号-1', found: true, accessedByUs: true }],
    ...over
  })

  it('allows each operation on one\u2019s own filing with nothing in progress', () => {
    for (const op of ['CHANGE_SUBJECT', 'CHANGE_WEBSITE', 'CHANGE_BOTH', 'CANCEL_ACCESS', 'CANCEL_WEBSITE', 'CANCEL_SUBJECT'] as const)
      expect(operationRefusal(op, facts())).toBeNull()
  })

  it('refuses 变更 while a 新增网站 or 新增接入 is open, and a second 注销网站 before the first is done', () => {
    expect(operationRefusal('CHANGE_BOTH', facts({ accountOpenOrder: { type: 'ADD_SITE_OURS', status: 'PENDING_INITIAL_REVIEW' } }))?.message).toBe(
      '当前账号有正在办理的“新增网站（原备案在本接入商）”订单（等待初审），请先完成或放弃该订单后再办理“变更备案”'
    )
    expect(operationRefusal('CANCEL_WEBSITE', facts({ accountOpenOrder: { type: 'CANCEL_WEBSITE', status: 'SMS_VERIFICATION' } }))?.code).toBe('OPERATION.ORDER_IN_PROGRESS')
    expect(operationRefusal('CANCEL_WEBSITE', facts({ websites: [facts().websites[0], { websiteNumber: '豫ICP备2024000101号-2', found: true, accessedByUs: true }] }))?.code).toBe('OPERATION.ONE_WEBSITE_AT_A_TIME')
  })

  it('refuses what is not the caller\u2019s, not filed with us, or busy at the 管局', () => {
    expect(operationRefusal('CHANGE_SUBJECT', facts({ subject: { filedWithUs: true, ownedByCaller: false, pendingAtRegulatorElsewhere: false } }))?.code).toBe('OPERATION.NOT_YOUR_FILING')
    expect(operationRefusal('CANCEL_SUBJECT', facts({ subject: { filedWithUs: false, ownedByCaller: true, pendingAtRegulatorElsewhere: false } }))?.message).toContain('只有在本接入商备案过的主体')
    expect(operationRefusal('CANCEL_ACCESS', facts({ websites: [{ websiteNumber: 'x', found: true, accessedByUs: false }] }))?.code).toBe('OPERATION.WEBSITE_NOT_ACCESSED_BY_US')
    expect(operationRefusal('CANCEL_WEBSITE', facts({ websites: [{ websiteNumber: 'x', found: false, accessedByUs: false }] }))?.code).toBe('OPERATION.WEBSITE_NOT_UNDER_SUBJECT')
    expect(operationRefusal('CHANGE_WEBSITE', facts({ websites: [] }))?.code).toBe('OPERATION.WEBSITE_REQUIRED')
    expect(operationRefusal('CHANGE_SUBJECT', facts({ certificateOpenElsewhere: true }))?.code).toBe('OPERATION.CERTIFICATE_ORDER_IN_PROGRESS')
    expect(operationRefusal('CHANGE_SUBJECT', facts({ subject: { filedWithUs: true, ownedByCaller: true, pendingAtRegulatorElsewhere: true } }))?.code).toBe('OPERATION.PENDING_AT_REGULATOR')
  })

  it('转移备案: both accounts free of orders, the target without a subject, never to oneself', () => {
    const ok = { sameAccount: false, sourceOpenOrder: null, targetOpenOrder: null, targetHasSubject: false }
    expect(transferRefusal(ok)).toBeNull()
    expect(transferRefusal({ ...ok, sameAccount: true })?.code).toBe('TRANSFER.SAME_ACCOUNT')
    expect(transferRefusal({ ...ok, sourceOpenOrder: { type: 'CHANGE_BOTH', status: 'DRAFT' } })?.code).toBe('TRANSFER.SOURCE_ORDER_IN_PROGRESS')
    expect(transferRefusal({ ...ok, targetOpenOrder: { type: 'FIRST_FILING', status: 'DRAFT' } })?.code).toBe('TRANSFER.TARGET_ORDER_IN_PROGRESS')
    expect(transferRefusal({ ...ok, targetHasSubject: true })?.message).toContain('一个账号只能有一个备案主体')
  })
})

describe('撤销 and 放弃 of cancellations (spec §7.4)', () => {
  const cancel = (): Order => {
    const filed = completePersonalOrder()
    const created = run(null, {
      type: 'Create',
      actor: applicant,
      order: { _id: 'cancel-1', type: 'CANCEL_WEBSITE', ownerOpenid: 'openid-zhang', identity: filed.identity, product: null, subject: filed.subject, websites: filed.websites, target: { subjectNumber: '京ICP备2020000009号', websiteNumbers: ['京ICP备2020000009号-1'] }, requestReason: '网站不再使用' }
    })
    return run(created, { type: 'Submit', actor: applicant, agreementsAccepted: true })
  }

  it('a cancellation is never withdrawn, but may be abandoned until it goes to the 管局', () => {
    const o = cancel()
    expect(o.status).toBe('PENDING_INITIAL_REVIEW')
    expect(decide(o, { type: 'Withdraw', actor: applicant }, T0)).toMatchObject({ ok: false, violation: { message: '注销网站申请不能撤销；提交管局前如不再需要，可以放弃本次申请' } })
    expect(run(o, { type: 'Abandon', actor: applicant }).status).toBe('ABANDONED')
    const approved = run(o, { type: 'Approve', actor: { kind: 'reviewer', username: 'li', role: 'reviewer' } })
    expect(approved.status).toBe('AWAITING_APPLICANT_CONFIRMATION')
    expect(run(approved, { type: 'Abandon', actor: applicant }).status).toBe('ABANDONED')
  })

  it('a new filing waiting for 初审 must be withdrawn before it is abandoned', () => {
    const submitted = run(completePersonalOrder(), { type: 'Submit', actor: applicant, agreementsAccepted: true })
    expect(decide(submitted, { type: 'Abandon', actor: applicant }, T0)).toMatchObject({ ok: false, violation: { message: '订单正在初审，请先撤销备案申请，再放弃' } })
  })
})
