import type { Order, OrderType } from '../../types/order'
import { SMS_ROLES_BY_TYPE, smsRecipients } from '../../domain/sms/recipients'
import { NO_SMS_TYPES } from '../../domain/order/transitions'
import { completePersonalOrder } from '../support/orders'

/** An order of `type` with a 主体负责人 and two websites whose 网站负责人 differ as given. */
function orderOf(type: OrderType, site1: 'SAME' | 'OTHER', site2: 'SAME' | 'OTHER' | 'SHARED_PHONE' = 'OTHER'): Order {
  const base = completePersonalOrder()
  const other = { name: '李四', certificateType: 'RESIDENT_ID' as const, certificateNumber: '110101199003074477', mobile: '13911112222', email: 'li@example.com' }
  const third = { name: '王五', certificateType: 'RESIDENT_ID' as const, certificateNumber: '360426199101010071', mobile: '+86 139-3333-4444' }
  const pick = (k: 'SAME' | 'OTHER' | 'SHARED_PHONE') => (k === 'SAME' ? ('SAME_AS_SUBJECT' as const) : k === 'OTHER' ? third : { ...other, mobile: base.subject.principal!.mobile })
  return { ...base, type, websites: [{ ...base.websites[0], id: 'w1', principal: pick(site1) }, { ...base.websites[0], id: 'w2', principal: pick(site2) }] }
}

describe('工信部短信核验 recipients (spec §7.5, table 12-1)', () => {
  it('首次备案: 主体负责人 and every distinct 网站负责人', () => {
    const r = smsRecipients(orderOf('FIRST_FILING', 'SAME', 'OTHER'))
    expect(r).toEqual([
      { phone: '13800138000', roles: ['SUBJECT_PRINCIPAL', 'WEBSITE_PRINCIPAL'], names: ['张三'], certLast6: ['31002X'], websiteIds: ['w1'] },
      { phone: '13933334444', roles: ['WEBSITE_PRINCIPAL'], names: ['王五'], certLast6: ['010071'], websiteIds: ['w2'] }
    ])
  })

  it('sends one code when two roles (or two people) share one phone number — dedupe by phone', () => {
    const r = smsRecipients(orderOf('FIRST_FILING', 'SAME', 'SHARED_PHONE'))
    expect(r).toHaveLength(1)
    expect(r[0]).toMatchObject({ phone: '13800138000', roles: ['SUBJECT_PRINCIPAL', 'WEBSITE_PRINCIPAL'], names: ['张三', '李四'], certLast6: ['31002X', '074477'], websiteIds: ['w1', 'w2'] })
  })

  const cases: Array<[string, OrderType, string[]]> = [
    ['新增接入: 网站负责人', 'ADD_ACCESS', ['13933334444']],
    ['新增网站（原备案在本接入商）: 网站负责人', 'ADD_SITE_OURS', ['13933334444']],
    ['新增网站（原备案不在本接入商）: 网站负责人', 'ADD_SITE_OTHER', ['13933334444']],
    ['变更主体: 主体负责人', 'CHANGE_SUBJECT', ['13800138000']],
    ['变更网站: 网站负责人', 'CHANGE_WEBSITE', ['13933334444']],
    ['变更主体和网站: both', 'CHANGE_BOTH', ['13800138000', '13933334444']],
    ['注销主体: 主体负责人', 'CANCEL_SUBJECT', ['13800138000']],
    ['注销网站: 网站负责人', 'CANCEL_WEBSITE', ['13933334444']],
    ['取消接入: none', 'CANCEL_ACCESS', []]
  ]
  it.each(cases)('%s', (_label, type, phones) => {
    expect(smsRecipients(orderOf(type, 'OTHER', 'OTHER')).map((r) => r.phone)).toEqual(phones)
  })

  it('agrees with the state machine on which types skip the step', () => {
    for (const t of NO_SMS_TYPES) expect(SMS_ROLES_BY_TYPE[t]).toEqual([])
  })

  it('never sends codes to emergency or office phones', () => {
    const o = orderOf('FIRST_FILING', 'SAME', 'SAME')
    o.subject.principal = { ...o.subject.principal!, emergencyPhone: '13600001111', officePhone: '13600002222' }
    expect(smsRecipients(o).map((r) => r.phone)).toEqual(['13800138000'])
  })
})
