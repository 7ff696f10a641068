import { filedRecordProblems } from '../../domain/order/filed-record-rules'
import { precheck } from '../../domain/order/precheck'
import type { Order } from '../../types/order'
import { T0, completePersonalOrder } from '../support/orders'

/** 新增接入 / 新增网站（原备案不在本接入商）: the entered data must equal the registry's record. */
describe('原备案信息 must match (spec §2.2, §7.3)', () => {
  const record = { subjectNumber: '京ICP备2020000009号', subjectName: '张三', websites: [{ websiteNumber: '京ICP备2020000009号-1', name: '张三读书笔记', domains: ['example.com'] }] }
  const order = (over: Partial<Order>): Order => ({ ...completePersonalOrder(), filedRecord: record, ...over })

  it('accepts an order equal to the record', () => {
    const o = order({ type: 'ADD_ACCESS', websites: [{ ...completePersonalOrder().websites[0], websiteNumber: '京ICP备2020000009号-1' }] })
    expect(filedRecordProblems(o)).toEqual([])
    expect(precheck(o, T0)).toEqual([])
  })

  it('names the filed subject name when another is entered (新增网站（原备案不在本接入商）too)', () => {
    const o = order({ type: 'ADD_SITE_OTHER', subject: { ...completePersonalOrder().subject, name: '张叁' } })
    expect(filedRecordProblems(o)).toEqual([
      { code: 'RECORD.SUBJECT_NAME', step: 'subject', field: 'subject.name', message: '须与原备案信息一致：主办单位名称应为“张三”（主体备案号 京ICP备2020000009号）。如原备案信息需要修改，请先在原接入商办理变更备案' }
    ])
  })

  it('新增接入 must carry the filed website with its domains, no more, no fewer', () => {
    const missing = order({ type: 'ADD_ACCESS' })
    expect(filedRecordProblems(missing).map((p) => p.code)).toEqual(['RECORD.WEBSITE_MISSING'])
    const extra = order({ type: 'ADD_ACCESS', websites: [{ ...completePersonalOrder().websites[0], websiteNumber: '京ICP备2020000009号-1', domains: ['example.com', 'new-one.cn'] }] })
    expect(filedRecordProblems(extra)[0].message).toContain('多出 new-one.cn')
  })
})
