import type { Actor, Order } from '../../types/order'
import type { OrderCommand } from '../../domain/order/commands'
import { decide } from '../../domain/order/decide'
import { evolve } from '../../domain/order/evolve'

export const T0 = new Date('2026-11-22T02:00:00Z')
export const applicant: Actor = { kind: 'applicant', openid: 'openid-zhang' }
export const stranger: Actor = { kind: 'applicant', openid: 'openid-other' }
export const reviewer: Actor = { kind: 'reviewer', username: 'li', role: 'reviewer' }
export const regulator: Actor = { kind: 'regulator' }
export const system: Actor = { kind: 'system' }

/** A personal 首次备案 in Beijing with everything filled in: ready to submit. */
export function completePersonalOrder(): Order {
  const created = run(null, { type: 'Create', actor: applicant, order: {
    _id: 'order-1',
    type: 'FIRST_FILING',
    ownerOpenid: 'openid-zhang',
    identity: { province: '11', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', domain: { ascii: 'example.com', unicode: 'example.com' } },
    product: { kind: 'SERVER_IP', ip: '81.70.1.10', resourceId: 'srv-1' },
    websites: [{ id: 'w1', domains: ['example.com'] }]
  } })
  return [
    { type: 'SaveSubject', actor: applicant, subject: {
      name: '张三',
      certificateAddress: '北京市朝阳区建国路1号',
      mailingAddress: '北京市朝阳区建国路1号院2号楼301',
      principal: { name: '张三', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', certificateValidTo: 'LONG_TERM', mobile: '13800138000', email: 'zhang@example.com' }
    } },
    { type: 'SaveWebsites', actor: applicant, websites: [{
      id: 'w1', name: '张三读书笔记', domains: ['example.com'], ipRanges: [{ start: '81.70.1.10', end: '81.70.1.10' }],
      serviceType: 'WEBSITE', contentTypes: ['OTHER'], languages: ['ZH_HANS'], preApprovals: [], principal: 'SAME_AS_SUBJECT', remark: '个人读书笔记'
    }] },
    { type: 'SaveMaterials', actor: applicant, materials: [
      { kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: 'cloud://f/1.jpg', uploadedAt: T0.toISOString() },
      { kind: 'SUBJECT_PRINCIPAL_ID_BACK', fileID: 'cloud://f/2.jpg', uploadedAt: T0.toISOString() }
    ] },
    { type: 'RecordVerification', actor: applicant, verification: { status: 'PASSED', fileID: 'cloud://f/3.jpg', problems: [], checkedAt: T0.toISOString() } }
  ].reduce<Order>((o, cmd) => run(o, cmd as OrderCommand), created)
}

/** Decide and evolve, failing the test if the command is refused. */
export function run(order: Order | null, cmd: OrderCommand, now = T0): Order {
  const d = decide(order, cmd, now)
  if (!d.ok) throw new Error(`${cmd.type} refused: ${d.violation.code} ${d.violation.message}`)
  return d.changes.reduce<Order>((o, c) => evolve(o, c, cmd.actor, now.toISOString()), order as Order)
}
