import type { Order } from '../../types/order'
import { rows } from '../../cloud/kernel/query'
import { sdkGatewayForSuite } from '../support/sdk-gateway'
import { T0, completePersonalOrder, reviewer } from '../support/orders'

type Outbox = { channel: string; from: string; phone?: string; email?: string; code?: string; text: string; template: string; orderId?: string }

/**
 * 工信部短信核验 through the cloud layer against the embedded store, with the
 * sandbox regulator: a submission opens the round and sends the codes (from
 * 12381, in the outbox); the sandbox MIIT site verifies them; the order
 * follows; the timer returns timed-out rounds; every message is sent once.
 */
describe('短信核验 rounds and notifications (cloud layer, sandbox regulator)', () => {
  const gateway = sdkGatewayForSuite('sms-rounds')
  beforeAll(() => {
    process.env.ICP_SANDBOX_REGULATOR = '1'
    process.env.ICP_PUBLIC_URL = 'http://127.0.0.1:9999'
  })
  afterAll(() => {
    delete process.env.ICP_SANDBOX_REGULATOR
    delete process.env.ICP_PUBLIC_URL
  })

  const mod = async () => ({
    repo: new (await import('../../cloud/orders/order-repository')).OrderRepository(gateway.db()),
    site: await import('../../cloud/sms/miit-site'),
    jobs: await import('../../cloud/timers/scheduled-jobs')
  })

  let n = 0
  /** A first filing whose 网站负责人 is another person with another phone, submitted to the 管局. */
  async function atRegulator(now = T0): Promise<Order> {
    const { repo } = await mod()
    n++
    const base = completePersonalOrder()
    const draft: Order = {
      ...base,
      _id: `sms-order-${n}`,
      ownerOpenid: `owner-${n}`,
      certificateKey: `cert-${n}`,
      websites: [{ ...base.websites[0], principal: { name: '王五', certificateType: 'RESIDENT_ID', certificateNumber: '360426199101010071', mobile: `1393333${String(1000 + n)}`, email: 'wang@example.com' } }]
    }
    // Stored as submitted (the pre-check of a second person's materials is not what this suite is about).
    const submitted: Order = { ...draft, status: 'PENDING_INITIAL_REVIEW', submittedAt: now.toISOString() }
    await gateway.db().collection('orders').add({ data: submitted })
    const o = await repo.apply(submitted, { type: 'Approve', actor: reviewer }, now)
    return repo.apply(o, { type: 'SubmitToRegulator', actor: reviewer }, now)
  }
  const outbox = async (orderId: string) => rows<Outbox>(gateway.db().collection('outbox').where({ orderId }).limit(100))
  /** The code of a phone that got exactly one so far. */
  const codeFor = async (orderId: string, phone: string) => (await outbox(orderId)).find((m) => m.from === '12381' && m.phone === phone)!.code!
  const status = async (id: string) => (await rows<Order>(gateway.db().collection('orders').where({ _id: id })))[0].status

  it('sends one 12381 code per phone and verifies with code + phone + certificate last 6; all verified → 管局审核', async () => {
    const order = await atRegulator()
    const webPhone = order.websites[0].principal !== 'SAME_AS_SUBJECT' ? order.websites[0].principal!.mobile! : ''
    const codes = (await outbox(order._id)).filter((m) => m.from === '12381')
    expect(codes.map((m) => m.phone).sort()).toEqual(['13800138000', webPhone].sort())
    expect(codes.every((m) => /^\d{6}$/.test(m.code!) && m.text.includes(m.code!))).toBe(true)
    const { site } = await mod()
    const later = new Date(T0.getTime() + 3600_000)
    expect(await site.verifyAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X', code: await codeFor(order._id, '13800138000') }, later)).toEqual({ outcome: 'PHONE_VERIFIED', message: '您的短信核验完成，请等待其他核验人进行短信核验' })
    expect(await status(order._id)).toBe('SMS_VERIFICATION')
    expect(await site.verifyAtMiit(gateway.db(), { phone: webPhone, certLast6: '010071', code: await codeFor(order._id, webPhone) }, later)).toEqual({ outcome: 'ALL_VERIFIED', message: '您的短信核验已全部完成，该请求将提交管局审核' })
    expect(await status(order._id)).toBe('REGULATOR_REVIEW')
    const stored = (await rows<Order>(gateway.db().collection('orders').where({ _id: order._id })))[0]
    expect(stored.events.at(-1)).toMatchObject({ type: 'SmsVerificationCompleted', actor: { kind: 'regulator' }, from: 'SMS_VERIFICATION', to: 'REGULATOR_REVIEW' })
    // Notices: 初审通过, the window opening (to the applicant and the 网站负责人), the window closing — each once per channel and address.
    const notices = (await outbox(order._id)).filter((m) => m.from !== '12381').map((m) => `${m.template}:${m.channel}:${m.phone ?? m.email}`)
    expect(notices.sort()).toEqual(
      [
        'INITIAL_APPROVED:sms:13800138000', 'INITIAL_APPROVED:email:zhang@example.com',
        'SMS_WINDOW_OPEN:sms:13800138000', 'SMS_WINDOW_OPEN:email:zhang@example.com', `SMS_WINDOW_OPEN:sms:${webPhone}`, 'SMS_WINDOW_OPEN:email:wang@example.com',
        'SMS_WINDOW_DONE:sms:13800138000', 'SMS_WINDOW_DONE:email:zhang@example.com'
      ].sort()
    )
  })

  it('5 consecutive wrong entries, then the 6th returns the order (退回) with MIIT\'s message', async () => {
    const order = await atRegulator()
    const { site } = await mod()
    const right = await codeFor(order._id, '13800138000')
    const wrong = right === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) expect((await site.verifyAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X', code: wrong }, T0)).message).toBe('该条验证库里找不到记录')
    expect(await site.verifyAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X', code: right }, T0)).toEqual({ outcome: 'RETURNED', message: '短信核验失败，请联系接入商查询核验结果' })
    expect(await status(order._id)).toBe('RETURNED_BY_MIIT')
    const stored = (await rows<Order>(gateway.db().collection('orders').where({ _id: order._id })))[0]
    expect(stored.feedback).toMatchObject({ decision: 'RETURNED', reasons: [{ message: expect.stringContaining('连续 5 次输入错误') }] })
  })

  it('resends at most twice; the old code stops working', async () => {
    const order = await atRegulator()
    const { site } = await mod()
    const first = await codeFor(order._id, '13800138000')
    expect(await site.resendAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X' }, T0)).toMatchObject({ sent: true, resendsLeft: 1 })
    const codesOf = async () => (await outbox(order._id)).filter((m) => m.from === '12381' && m.phone === '13800138000').map((m) => m.code!)
    const second = (await codesOf()).find((c) => c !== first)!
    expect(await site.resendAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X' }, T0)).toMatchObject({ sent: true, resendsLeft: 0 })
    expect(await site.resendAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X' }, T0)).toMatchObject({ sent: false, message: expect.stringContaining('上限') })
    expect((await outbox(order._id)).filter((m) => m.from === '12381' && m.phone === '13800138000')).toHaveLength(3)
    const third = (await codesOf()).find((c) => c !== first && c !== second)!
    if (first !== third) expect((await site.verifyAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X', code: first }, T0)).outcome).toBe('WRONG')
    if (second !== third) expect((await site.verifyAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X', code: second }, T0)).outcome).toBe('WRONG')
    expect((await site.verifyAtMiit(gateway.db(), { phone: '13800138000', certLast6: '31002X', code: third }, T0)).outcome).toBe('PHONE_VERIFIED')
  })

  it('the timer reminds 6 h before the deadline and returns the order when the window ran out; a second run changes nothing', async () => {
    const opened = new Date('2026-11-10T02:00:00Z')
    const order = await atRegulator(opened)
    const { jobs } = await mod()
    const hours = (h: number) => new Date(opened.getTime() + h * 3600_000)
    await jobs.runScheduledJobs(gateway.db(), hours(17))
    expect((await outbox(order._id)).filter((m) => m.template === 'SMS_REMINDER')).toEqual([])
    const ran = await jobs.runScheduledJobs(gateway.db(), hours(19))
    const reminders = (await outbox(order._id)).filter((m) => m.template === 'SMS_REMINDER')
    if (!reminders.length) throw new Error(JSON.stringify(ran))
    expect(reminders.map((m) => m.channel).sort()).toEqual(['email', 'sms', 'sms'])
    await jobs.runScheduledJobs(gateway.db(), hours(20))
    expect((await outbox(order._id)).filter((m) => m.template === 'SMS_REMINDER')).toHaveLength(3)
    expect(await status(order._id)).toBe('SMS_VERIFICATION')
    await jobs.runScheduledJobs(gateway.db(), hours(24))
    expect(await status(order._id)).toBe('RETURNED_BY_MIIT')
    const count = (await outbox(order._id)).length
    await jobs.runScheduledJobs(gateway.db(), hours(25))
    expect((await outbox(order._id)).length).toBe(count)
    expect((await outbox(order._id)).filter((m) => m.template === 'SMS_WINDOW_RETURNED').map((m) => m.channel).sort()).toEqual(['email', 'sms'])
  })

  it('a retried event never sends twice (notices are keyed by order and event)', async () => {
    const order = await atRegulator()
    const { enqueueNotices } = await import('../../cloud/notify/deliveries')
    const { noticesFor } = await import('../../domain/notify/notices')
    const again = noticesFor(order, order.events.at(-1)!, { windowHours: 24 })
    expect(await enqueueNotices(gateway.db(), again, T0)).toEqual([])
  })

  it('the applicant\'s view of a round: phones masked, verified or not, resends left, never a code or hash', async () => {
    const order = await atRegulator()
    const { latestRound, roundView, roundPolicy } = await import('../../cloud/sms/miit-rounds')
    const view = roundView((await latestRound(gateway.db(), order._id))!, roundPolicy(order))
    expect(view).toMatchObject({ status: 'OPEN', mode: 'SANDBOX', verifyUrl: 'http://127.0.0.1:9999/sandbox/miit/verify' })
    expect(view.phones.map((p) => [p.phone, p.verified, p.resendsLeft])).toEqual([['138****8000', false, 2], [expect.stringMatching(/^139\*\*\*\*\d{4}$/), false, 2]])
    expect(JSON.stringify(view)).not.toMatch(/codeHash|salt|13800138000/)
  })
})
