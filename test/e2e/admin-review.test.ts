import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshot } from '../support/browser'
import { ApiClient, type RunningRuntime, removeDir, startRuntime, tempDataDir } from '../support/runtime'
import { REVIEWER_PASSWORD, addReviewers, data, henanId, submittedOrder } from '../support/review'

type AppOrder = { status: string; feedback: { decision: string; reasons: Array<{ code?: string; field?: string; message: string }> } | null; filingNumbers: { subject: string; websites: Record<string, string> } | null }

/**
 * The reviewer's day in headless Chromium: log in, claim, reject with reasons,
 * the applicant (through the filing function, as the wizard does) sees them and
 * resubmits, approve, submit to the 管局, the 12381 code from the outbox is
 * verified on the sandbox MIIT page, the sandbox regulator approves, the applicant sees the filing number.
 */
describe('admin page — 初审 to filing number in headless Chromium', () => {
  let rt: RunningRuntime
  let browser: BrowserContext
  let page: Page
  let applicant: ApiClient
  let orderId: string

  beforeAll(async () => {
    const dataDir = tempDataDir('admin-review')
    addReviewers(dataDir, [['lisi', 'reviewer']])
    rt = await startRuntime({ dataDir })
    applicant = await ApiClient.applicant(rt.url)
    orderId = await submittedOrder(applicant, 30)
    browser = await launchBrowser({ width: 1440, height: 900 })
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  const row = () => page.locator(`tr[data-order="${orderId}"]`)
  const statusOf = async () => data(await applicant.call<AppOrder>('filing', { action: 'getOrder', orderId }))

  it('logs in and sees the 初审 queue with counts, masked numbers and the SLA', async () => {
    await page.goto(`${rt.url}/admin/`)
    await page.fill('#username', 'lisi')
    await page.fill('#password', REVIEWER_PASSWORD)
    await page.click('#login')
    await row().waitFor()
    expect(await page.textContent('#tab-INITIAL')).toContain('初审1')
    const text = await row().textContent()
    expect(text).toContain('137****1030')
    expect(text).toContain('正常')
    expect(text).not.toContain('13703711030')
    await screenshot(page, 'admin-review', '01-queue')
  })

  it('opens the order (claiming it), views an image with zoom and rotate', async () => {
    await row().click()
    await page.waitForSelector('#claim-state:has-text("已由我领取")')
    expect(await page.textContent('#section-subject')).toContain('13703711030')
    await screenshot(page, 'admin-review', '02-detail', true)
    await page.click('.thumb >> nth=0')
    await page.waitForSelector('#viewer-image')
    await page.click('#zoom-in')
    await page.click('#rotate-right')
    expect(await page.getAttribute('#viewer-image', 'style')).toContain('rotate(90deg)')
    await page.waitForTimeout(300) // the zoom and rotation animate
    await screenshot(page, 'admin-review', '03-image-viewer')
    await page.keyboard.press('Escape')
    await page.waitForSelector('#viewer-image', { state: 'detached' })
  })

  it('rejects with a catalogue reason and a ticked field; the applicant sees both with their fields and resubmits', async () => {
    await page.check('input[data-field="subject.principal.mobile"]')
    await page.fill('#reason-search', '网站名称')
    await page.check('input[data-code="R06"]')
    await page.fill('input[aria-label="原因：subject.principal.mobile"]', '请使用本人实名登记的手机号码')
    await page.fill('#decision-note', '请修改后重新提交')
    await screenshot(page, 'admin-review', '04-reject-form', true)
    await page.click('#reject')
    await page.waitForSelector('#notice:has-text("初审驳回")')
    await screenshot(page, 'admin-review', '05-after-reject')
    const seen = await statusOf()
    expect(seen.status).toBe('INITIAL_REJECTED')
    expect(seen.feedback?.reasons).toEqual([
      { code: 'R06', message: '网站名称不合格' },
      { field: 'subject.principal.mobile', message: '请使用本人实名登记的手机号码' }
    ])
    data(await applicant.call('filing', { action: 'resubmitOrder', orderId }))
  })

  it('claims the resubmitted order with N and approves it with A; the next order opens or the queue returns', async () => {
    await page.click('#refresh')
    await row().waitFor()
    expect(await row().textContent()).toContain('已修改待审核')
    await page.keyboard.press('n')
    await page.waitForSelector('#claim-state:has-text("已由我领取")')
    expect(await page.textContent('.feedback')).toContain('网站名称不合格')
    await page.keyboard.press('a')
    await page.waitForSelector('#notice:has-text("待提交管局")')
    expect((await statusOf()).status).toBe('PENDING_SUBMISSION')
  })

  it('submits to the 管局; the 12381 code arrives in the outbox and is verified on the sandbox MIIT page → 待管局审核', async () => {
    await page.click('#tab-TO_SUBMIT')
    await row().click()
    await page.waitForSelector('#claim-state:has-text("已由我领取")')
    await screenshot(page, 'admin-review', '06-to-submit')
    await page.keyboard.press('s')
    await page.waitForSelector('#notice:has-text("短信核验中")')
    // The applicant's view: one phone (主体负责人 = 网站负责人), 24 h, the way to the verification page.
    const sms = data(await applicant.call<{ round: { status: string; verifyUrl: string; phones: Array<{ phone: string; verified: boolean }> } }>('sms', { action: 'smsStatus', orderId }))
    expect(sms.round).toMatchObject({ status: 'OPEN', verifyUrl: `${rt.url}/sandbox/miit/verify`, phones: [{ phone: '137****1030', verified: false }] })
    const outbox = (await (await fetch(`${rt.url}/api/dev/outbox?phone=13703711030`, { headers: { authorization: `Bearer ${applicant.token}` } })).json()) as { data: Array<{ from: string; code?: string; text: string }> }
    const code = outbox.data.find((m) => m.from === '12381')?.code
    expect(code).toMatch(/^\d{6}$/)
    expect(outbox.data.some((m) => m.from !== '12381' && m.text.includes('12381'))).toBe(true) // the provider's notice of the window
    const miit = await browser.newPage()
    await miit.goto(sms.round.verifyUrl)
    await miit.fill('#code', code!)
    await miit.fill('#phone', '13703711030')
    await miit.fill('#certLast6', henanId(30).slice(-6))
    await miit.click('#submit')
    await miit.waitForSelector('#result.ok')
    expect(await miit.textContent('#result')).toBe('您的短信核验已全部完成，该请求将提交管局审核')
    await screenshot(miit, 'admin-review', '06b-miit-verified')
    await miit.close()
    expect((await statusOf()).status).toBe('REGULATOR_REVIEW')
    await page.click('#refresh')
  })

  it('the sandbox regulator approves on its console; the applicant sees the filing number', async () => {
    await page.click('#nav-regulator')
    await row().waitFor()
    await screenshot(page, 'admin-review', '07-regulator-console')
    await row().locator('.regulator-approve').click()
    await page.waitForSelector('#regulator-message')
    const message = await page.textContent('#regulator-message')
    const seen = await statusOf()
    expect(seen.status).toBe('APPROVED')
    expect(seen.filingNumbers?.subject).toMatch(/^豫ICP备2026\d{6}号$/)
    expect(message).toContain(seen.filingNumbers!.websites.w1)
    await screenshot(page, 'admin-review', '08-approved')
  })
})
