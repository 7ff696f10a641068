import type { Order } from '../../types/order'
import { rows } from '../../cloud/kernel/query'
import { sdkGatewayForSuite } from '../support/sdk-gateway'
import { applicant, completePersonalOrder, regulator, reviewer, run } from '../support/orders'

/** 管局审核通过 through the cloud layer against the embedded store: numbers, registry, 我的备案. */
describe('recording a 管局 approval', () => {
  const gateway = sdkGatewayForSuite('approval')
  let db: ReturnType<typeof gateway.db>
  let record: typeof import('../../cloud/registry/record-approval').recordRegulatorApproval

  beforeAll(async () => {
    db = gateway.db()
    record = (await import('../../cloud/registry/record-approval')).recordRegulatorApproval
  })

  /** An order of the given type waiting for the 管局, stored in the database. */
  async function atRegulator(id: string, patch: Partial<Order>): Promise<Order> {
    const base = { ...completePersonalOrder(), ...patch, _id: id }
    let o = run(base, { type: 'Submit', actor: { ...applicant, openid: base.ownerOpenid } as typeof applicant, agreementsAccepted: true })
    o = run(o, { type: 'Approve', actor: reviewer })
    o = run(o, { type: 'SubmitToRegulator', actor: reviewer })
    o = run(o, { type: 'CompleteSmsVerification', actor: regulator })
    await db.collection('orders').add({ data: o })
    return o
  }

  it('首次备案 issues consecutive subject numbers per province and year, websites from -1', async () => {
    await atRegulator('order-a', {})
    const other = completePersonalOrder()
    await atRegulator('order-b', {
      ownerOpenid: 'openid-b',
      certificateKey: '110101199003074477',
      identity: { ...other.identity, certificateNumber: '110101199003074477', domain: { ascii: 'b-site.com', unicode: 'b-site.com' } },
      subject: { ...other.subject, principal: { ...other.subject.principal, certificateNumber: '110101199003074477' } },
      websites: [{ ...other.websites[0], domains: ['b-site.com'] }]
    })
    const a = await record(db, 'order-a', regulator, new Date('2026-11-22T08:00:00Z'))
    const b = await record(db, 'order-b', regulator, new Date('2026-11-22T08:00:00Z'))
    expect(a.status).toBe('APPROVED')
    expect(a.filingNumbers).toEqual({ subject: '京ICP备2026000001号', websites: { w1: '京ICP备2026000001号-1' } })
    expect(b.filingNumbers?.subject).toBe('京ICP备2026000002号')
    const mine = await rows<{ subjectNumber: string }>(db.collection('subjects').where({ ownerOpenid: 'openid-zhang' }))
    expect(mine.map((s) => s.subjectNumber)).toEqual(['京ICP备2026000001号'])
    const site = await rows<{ websiteNumber: string; ours: boolean }>(db.collection('registry_websites').where({ domains: 'example.com' }))
    expect(site).toEqual([expect.objectContaining({ websiteNumber: '京ICP备2026000001号-1', ours: true })])
  })

  it('新增网站 for the same subject gets the next -N under the existing number', async () => {
    const first = completePersonalOrder()
    await atRegulator('order-c', { type: 'ADD_SITE_OURS', identity: { ...first.identity, domain: { ascii: 'third.com', unicode: 'third.com' } }, websites: [{ ...first.websites[0], domains: ['third.com'] }] })
    const c = await record(db, 'order-c', regulator, new Date('2026-11-23T08:00:00Z'))
    expect(c.filingNumbers).toEqual({ subject: '京ICP备2026000001号', websites: { w1: '京ICP备2026000001号-2' } })
  })
})
