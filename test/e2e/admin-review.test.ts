import type { BrowserContext, Page } from 'playwright-core'
import { data } from '../support/api'
import { applicantPage, launchBrowser, screenshot } from '../support/browser'
import { REVIEWER_PASSWORD, addReviewers, henanId, submittedOrder } from '../support/review'
import { ApiClient, type RunningRuntime, removeDir, startRuntime, tempDataDir } from '../support/runtime'
import { fill, saved, settle } from '../support/wizard'

type AppOrder = { status: string; feedback: { decision: string; reasons: Array<{ code?: string; field?: string; message: string }> } | null; filingNumbers: { subject: string; websites: Record<string, string> } | null }

/**
 * The reviewer's day in headless Chromium: log in, claim, reject with reasons,
 * the applicant (a second browser context, signed in as the order's owner)
 * sees them against the fields and resubmits, approve, submit to the 管局,
 * the 12381 code from the outbox is verified on the sandbox MIIT page, the
 * sandbox regulator approves, the applicant sees the filing number.
 */
describe('admin page — 初审 to filing number in headless Chromium', () => {
  let rt: RunningRuntime
  let browser: BrowserContext
  let page: Page
  let applicant: ApiClient
  let phone: BrowserContext
  let app: Page
  let orderId: string

  beforeAll(async () => {
    const dataDir = tempDataDir('admin-review')
    addReviewers(dataDir, [['lisi', 'reviewer']])
    rt = await startRuntime({ dataDir })
    applicant = await ApiClient.applicant(rt.url)
    orderId = await submittedOrder(applicant, 30)
    ;[browser, phone] = await Promise.all([launchBrowser({ width: 1440, height: 900 }), launchBrowser()])
    page = await browser.newPage()
    // The applicant's own phone: the H5 build signed in with the order owner's token.
    app = await applicantPage(phone, applicant.token)
  })
  afterAll(async () => {
    await phone?.close()
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
    expect((await statusOf()).status).toBe('INITIAL_REJECTED')

    await app.goto(`${rt.url}/#/packages/filing/order/index?orderId=${orderId}`)
    await settle(app, '#feedback')
    expect(await app.textContent('#status-label')).toBe('初审驳回')
    expect(await app.textContent('#reason-0')).toContain('网站名称不合格')
    expect(await app.textContent('#reason-1')).toContain('请使用本人实名登记的手机号码')
    expect(await app.textContent('#feedback')).toContain('请修改后重新提交')
    await screenshot(app, 'admin-review', '05b-applicant-sees-reasons', true)
    await app.click('#reason-1')
    await settle(app, '#subject-step')
    expect(await app.textContent('#field-subject-principal-mobile')).toContain('审核意见：请使用本人实名登记的手机号码')
    await screenshot(app, 'admin-review', '05c-applicant-field-reason', true)
    await fill(app, 'subject.principal.mobile', '13903710030')
    await saved(app)
    // The new number is proved with a code (手机号验证), read from the local SMS outbox.
    await app.click('#subject-principal-send-code')
    await app.waitForSelector('#subject-principal-code-message')
    const sent = (await (await fetch(`${rt.url}/api/dev/outbox?phone=13903710030`, { headers: { authorization: `Bearer ${applicant.token}` } })).json()) as { data: Array<{ code?: string }> }
    await app.fill('#subject-principal-code-input input', sent.data[0].code!)
    await app.click('#subject-principal-verify-code')
    await app.waitForSelector('#subject-principal-phone-verified')
    await screenshot(app, 'admin-review', '05d-applicant-phone-verified')
    await app.click('#step-confirm')
    await settle(app, '#confirm-step')
    await app.click('#agreements-YES')
    await app.click('#submit-order')
    await settle(app, '#order-status')
    expect(await app.textContent('#status-label')).toBe('已修改待审核')
    await screenshot(app, 'admin-review', '05e-applicant-resubmitted', true)
  })

  it('claims the resubmitted order with N and approves it with A; the next order opens or the queue returns', async () => {
    await page.click('#refresh')
    await row().waitFor()
    expect(await row().textContent()).toContain('已修改待审核')
    await page.keyboard.press('n')
    await page.waitForSelector('#claim-state:has-text("已由我领取")')
    expect(await page.textContent('.feedback')).toContain('网站名称不合格')
    expect(await page.textContent('#section-subject')).toContain('13903710030 已验证')
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
    // The applicant's phone: the order page shows the 短信核验 card — one phone (主体负责人 = 网站负责人,
    // the number changed at resubmission), the deadline, and the way to the verification page.
    await app.reload()
    await settle(app, '#sms-verification')
    expect(await app.textContent('#sms-verification')).toContain('139****0030')
    await screenshot(app, 'admin-review', '06a-applicant-sms-card', true)
    const outbox = (await (await fetch(`${rt.url}/api/dev/outbox?phone=13903710030`, { headers: { authorization: `Bearer ${applicant.token}` } })).json()) as { data: Array<{ from: string; code?: string; text: string }> }
    const code = outbox.data.find((m) => m.from === '12381')?.code
    expect(code).toMatch(/^\d{6}$/)
    expect(outbox.data.some((m) => m.from !== '12381' && m.text.includes('12381'))).toBe(true) // the provider's notice of the window
    const [miit] = await Promise.all([phone.waitForEvent('page'), app.click('#sms-verify-link')])
    await miit.waitForSelector('#code')
    await miit.fill('#code', code!)
    await miit.fill('#phone', '13903710030')
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

    await app.reload()
    await settle(app, '#filing-numbers')
    expect(await app.textContent('#status-label')).toBe('备案成功')
    expect(await app.textContent('#filing-numbers')).toContain(seen.filingNumbers!.subject)
    expect(await app.textContent('#filing-numbers')).toContain(seen.filingNumbers!.websites.w1)
    await screenshot(app, 'admin-review', '09-applicant-filing-number', true)
    await app.click('#back-home')
    await settle(app, '#filed-subject-0')
    expect(await app.textContent('#filed-subject-0')).toContain(seen.filingNumbers!.subject)
    await screenshot(app, 'admin-review', '10-applicant-home-filed', true)
  })
})
