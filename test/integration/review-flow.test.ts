import { ApiClient, type Envelope, removeDir, startRuntime, tempDataDir, type RunningRuntime } from '../support/runtime'
import { data } from '../support/api'
import { addReviewers, reviewerClient, submittedOrder } from '../support/review'

type Row = { _id: string; status: string; claim: { username: string } | null; sla: { level: string }; waitingSince: string }
type Queue = { tabs: Array<{ tab: string; count: number }>; rows: Row[]; total: number }
type AppOrder = { status: string; feedback: { decision: string; reasons: Array<{ code?: string; field?: string; message: string }>; note?: string } | null; filingNumbers: { subject: string; websites: Record<string, string> } | null; events: Array<{ type: string; actor: { kind: string; username?: string } }> }

describe('review function: queue, claims, decisions and the regulator hand-off', () => {
  let rt: RunningRuntime
  let li: ApiClient
  let zhao: ApiClient
  let boss: ApiClient

  beforeAll(async () => {
    const dataDir = tempDataDir('review-flow')
    addReviewers(dataDir, [['lisi', 'reviewer'], ['zhaoliu', 'reviewer'], ['wangwu', 'supervisor']])
    rt = await startRuntime({ dataDir })
    li = await reviewerClient(rt.url, 'lisi')
    zhao = await reviewerClient(rt.url, 'zhaoliu')
    boss = await reviewerClient(rt.url, 'wangwu')
  })
  afterAll(async () => {
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  it('claims are exclusive: 20 racing claims, one winner; others cannot decide; a supervisor reassigns', async () => {
    const orderId = await submittedOrder(await ApiClient.applicant(rt.url), 10)
    const racers = [li, zhao]
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => racers[i % 2].call<{ username: string }>('review', { action: 'claim', orderId })))
    const winners = new Set(results.filter((r) => r.ok).map((r) => (r as { data: { username: string } }).data.username))
    expect(winners.size).toBe(1)
    const [winner] = winners
    const loser = winner === 'lisi' ? zhao : li
    for (const r of results.filter((x) => !x.ok)) expect(['REVIEW.CLAIMED_BY_OTHER', 'REVIEW.CLAIM_CONFLICT']).toContain((r as { error: { code: string } }).error.code)
    expect(await loser.call('review', { action: 'approve', orderId })).toMatchObject({ ok: false, error: { code: 'REVIEW.CLAIMED_BY_OTHER' } })
    expect(await li.call('review', { action: 'reassign', orderId, username: 'zhaoliu' })).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    const target = winner === 'lisi' ? 'zhaoliu' : 'lisi'
    expect(data(await boss.call<{ username: string }>('review', { action: 'reassign', orderId, username: target })).username).toBe(target)
    const newHolder = target === 'lisi' ? li : zhao
    const formerHolder = target === 'lisi' ? zhao : li
    expect(await formerHolder.call('review', { action: 'approve', orderId })).toMatchObject({ ok: false, error: { code: 'REVIEW.CLAIMED_BY_OTHER' } })
    // Both try to decide at once: exactly one decision is recorded.
    const decisions = await Promise.all([
      newHolder.call('review', { action: 'approve', orderId }),
      newHolder.call('review', { action: 'reject', orderId, reasons: [{ code: 'R06', field: 'websites.w1.name', message: '网站名称不合格' }] })
    ])
    expect(decisions.filter((d) => d.ok)).toHaveLength(1)
    const detail = data(await boss.call<{ order: AppOrder }>('review', { action: 'detail', orderId }))
    expect(detail.order.events.filter((e) => ['InitialReviewApproved', 'InitialReviewRejected'].includes(e.type))).toHaveLength(1)
  })

  it('待完善资料 with ticked fields, then 驳回 with catalogue reasons: the applicant sees them beside the fields and resubmits', async () => {
    const applicant = await ApiClient.applicant(rt.url)
    const orderId = await submittedOrder(applicant, 11)
    data(await li.call('review', { action: 'claim', orderId }))
    const asked = await li.call('review', {
      action: 'requestMaterials', orderId, note: '请补充后重新提交',
      reasons: [
        { field: 'subject.principal.mobile', message: '请使用本人实名登记的手机号码' },
        { field: 'materials.SUBJECT_PRINCIPAL_ID_FRONT', message: '证件照片不清晰，请重新上传' }
      ]
    })
    expect(asked).toMatchObject({ ok: true, data: { order: { status: 'NEEDS_MATERIALS' } } })
    const seen = data(await applicant.call<AppOrder>('filing', { action: 'getOrder', orderId }))
    expect(seen.status).toBe('NEEDS_MATERIALS')
    expect(seen.feedback).toMatchObject({ decision: 'NEEDS_MATERIALS', note: '请补充后重新提交', reasons: [{ field: 'subject.principal.mobile' }, { field: 'materials.SUBJECT_PRINCIPAL_ID_FRONT' }] })
    expect(await li.call('review', { action: 'requestMaterials', orderId, reasons: [{ field: 'subject.nonsense', message: 'x' }] })).toMatchObject({ ok: false })

    data(await applicant.call('filing', { action: 'resubmitOrder', orderId }))
    const queue = data(await li.call<Queue>('review', { action: 'queue', tab: 'INITIAL' }))
    expect(queue.rows.find((r) => r._id === orderId)).toMatchObject({ status: 'RESUBMITTED', claim: null, sla: { level: 'OK' } })

    data(await li.call('review', { action: 'claim', orderId }))
    // 电话不通 needs two unanswered calls about an hour apart first.
    data(await li.call('review', { action: 'recordCall', orderId, field: 'subject.principal.mobile', answered: false, note: '无人接听' }))
    expect(await li.call('review', { action: 'reject', orderId, reasons: [{ code: 'R18', field: 'subject.principal.mobile', message: '电话不通 / 无人接听' }] }))
      .toMatchObject({ ok: false, error: { code: 'ORDER.CALL_BACK_REQUIRED' } })
    expect(await li.call('review', { action: 'reject', orderId, reasons: [{ code: 'R99', message: '不存在' }] })).toMatchObject({ ok: false, error: { code: 'REVIEW.UNKNOWN_REASON' } })
    const rejected = await li.call('review', {
      action: 'reject', orderId, note: '修改后请重新提交',
      reasons: [{ code: 'R06', field: 'websites.w1.name', message: '网站名称不合格' }, { code: 'R15', field: 'materials.SUBJECT_PRINCIPAL_ID_BACK', message: '证件不合格 — 不清晰' }]
    })
    expect(rejected).toMatchObject({ ok: true, data: { order: { status: 'INITIAL_REJECTED' } } })
    const after = data(await applicant.call<AppOrder & { calls?: Array<{ phone: string; answered: boolean }> }>('filing', { action: 'getOrder', orderId }))
    expect(after.feedback).toMatchObject({ decision: 'REJECTED', reasons: [{ code: 'R06', field: 'websites.w1.name' }, { code: 'R15', field: 'materials.SUBJECT_PRINCIPAL_ID_BACK' }] })
    expect(after.calls).toEqual([expect.objectContaining({ phone: '137****1011', answered: false })])
    expect(after.events.find((e) => e.type === 'InitialReviewRejected')?.actor).toEqual({ kind: 'reviewer', username: 'lisi', role: 'reviewer' })
  })

  it('approve → submit to the 管局 → SMS recorded → the sandbox regulator approves and issues the number; tab counts follow', async () => {
    const applicant = await ApiClient.applicant(rt.url)
    const orderId = await submittedOrder(applicant, 12)
    const count = async (tab: string) => data(await li.call<Queue>('review', { action: 'queue', tab: 'INITIAL', province: '41' })).tabs.find((t) => t.tab === tab)!.count
    const before = { TO_SUBMIT: await count('TO_SUBMIT'), REGULATOR: await count('REGULATOR') }
    const next = data(await li.call<{ orderId: string } | null>('review', { action: 'claimNext', tab: 'INITIAL' }))
    expect(next).not.toBeNull()
    data(await li.call('review', { action: 'claim', orderId }))
    data(await li.call('review', { action: 'approve', orderId, note: '资料齐全' }))
    expect(await count('TO_SUBMIT')).toBe(before.TO_SUBMIT + 1)
    expect(await li.call('review', { action: 'submitToRegulator', orderId })).toMatchObject({ ok: false, error: { code: 'REVIEW.CLAIM_REQUIRED' } })
    data(await li.call('review', { action: 'claim', orderId }))
    expect(data(await li.call<{ order: { status: string } }>('review', { action: 'submitToRegulator', orderId })).order.status).toBe('SMS_VERIFICATION')
    data(await li.call('review', { action: 'claim', orderId }))
    expect(data(await li.call<{ order: { status: string } }>('review', { action: 'recordSmsCompleted', orderId })).order.status).toBe('REGULATOR_REVIEW')
    expect(await count('REGULATOR')).toBe(before.REGULATOR + 1)
    const consoleRows = data(await li.call<Row[]>('review', { action: 'sandboxRegulatorQueue' }))
    expect(consoleRows.map((r) => r._id)).toContain(orderId)
    const approved = data(await li.call<{ status: string; filingNumbers: { subject: string; websites: Record<string, string> } }>('review', { action: 'sandboxRegulatorApprove', orderId }))
    expect(approved.status).toBe('APPROVED')
    expect(approved.filingNumbers.subject).toMatch(/^豫ICP备2026\d{6}号$/)
    const seen = data(await applicant.call<AppOrder>('filing', { action: 'getOrder', orderId }))
    expect(seen.filingNumbers?.websites.w1).toBe(`${approved.filingNumbers.subject}-1`)
  })

  it('production path: the reviewer records MIIT\'s outcome and numbers by hand on the same screens', async () => {
    const applicant = await ApiClient.applicant(rt.url)
    const orderId = await submittedOrder(applicant, 13)
    for (const act of ['approve', 'submitToRegulator', 'recordSmsCompleted']) {
      data(await zhao.call('review', { action: 'claim', orderId }))
      data(await zhao.call('review', { action: act, orderId }))
    }
    data(await zhao.call('review', { action: 'claim', orderId }))
    expect(await zhao.call('review', { action: 'recordRegulatorApproval', orderId, filingNumbers: { subject: '豫ICP备123号', websites: { w1: 'x' } } }))
      .toMatchObject({ ok: false, error: { code: 'REVIEW.FILING_NUMBER_INVALID' } })
    const done = data(await zhao.call<{ status: string; filingNumbers: unknown }>('review', { action: 'recordRegulatorApproval', orderId, filingNumbers: { subject: '豫ICP备2026123456号', websites: { w1: '豫ICP备2026123456号-3' } } }))
    expect(done).toEqual({ orderId, status: 'APPROVED', filingNumbers: { subject: '豫ICP备2026123456号', websites: { w1: '豫ICP备2026123456号-3' } } })
    const filings = data(await applicant.call<Array<{ subjectNumber: string; websites: Array<{ websiteNumber: string }> }>>('filing', { action: 'listFilings' }))
    expect(filings).toEqual([expect.objectContaining({ subjectNumber: '豫ICP备2026123456号', websites: [expect.objectContaining({ websiteNumber: '豫ICP备2026123456号-3' })] })])
  })

  it('filters and sorts the queue; other tabs keep their own orders', async () => {
    const q = data(await li.call<Queue>('review', { action: 'queue', tab: 'INITIAL', province: '11' }))
    expect(q.rows).toEqual([])
    const all = data(await li.call<Queue>('review', { action: 'queue', tab: 'INITIAL', province: '41', hostNature: 'PERSONAL', type: 'FIRST_FILING', sort: 'WAITING_LONGEST' }))
    const times = all.rows.map((r) => r.waitingSince)
    expect(times).toEqual([...times].sort())
    expect(all.total).toBe(all.rows.length)
    const old = data(await li.call<Queue>('review', { action: 'queue', tab: 'INITIAL', minAgeDays: 3 }))
    expect(old.total).toBe(0)
    const bad = (await li.call('review', { action: 'queue', tab: 'NOPE' })) as Envelope
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION.INVALID', field: 'tab' } })
  })
})
