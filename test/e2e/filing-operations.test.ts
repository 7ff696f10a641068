import type { BrowserContext, Page } from 'playwright-core'
import { data } from '../support/api'
import { applicantPage, fitsNarrowScreen, launchBrowser, screenshot } from '../support/browser'
import { approveThrough, demoClient } from '../support/operations'
import { addReviewers, loginAdmin, reviewerClient, submittedOrder } from '../support/review'
import { ApiClient, type RunningRuntime, removeDir, startRuntime, tempDataDir } from '../support/runtime'
import { confirmModal, fill, imageFiles, next, saved, settle, typeInto, uploadAllMaterials, verifyType } from '../support/wizard'

const SUITE = 'filing-operations'

/**
 * After approval, as people do it in headless Chromium: the applicant on the
 * H5 build (375 px) and the reviewer on the admin page — 变更主体 with the diff
 * on both sides, 注销网站 and 注销主体 with the applicant's confirmation,
 * 取消接入, 转移备案 between two accounts, and 认领备案.
 */
describe('变更、注销、取消接入、转移、认领 in the browser', () => {
  let rt: RunningRuntime
  let phones: BrowserContext[] = []
  let desk: BrowserContext
  let admin: Page
  let reviewer: ApiClient
  let files: { document: string; portrait: string }

  beforeAll(async () => {
    const dataDir = tempDataDir('operations-e2e')
    addReviewers(dataDir, [['lisi', 'reviewer'], ['wangwu', 'supervisor']])
    ;[rt, desk, files] = await Promise.all([startRuntime({ dataDir }), launchBrowser({ width: 1440, height: 900 }), imageFiles()])
    reviewer = await reviewerClient(rt.url, 'lisi')
    admin = await desk.newPage()
    await loginAdmin(admin, rt.url, 'lisi')
  })
  afterAll(async () => {
    await Promise.all(phones.map((p) => p.close()))
    await desk?.close()
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  /** A phone signed in as this applicant, on 我的备案. */
  async function phoneOf(api: ApiClient): Promise<Page> {
    const context = await launchBrowser()
    phones.push(context)
    const page = await applicantPage(context, api.token)
    await page.goto(`${rt.url}/`)
    await settle(page, '#start-filing')
    return page
  }
  const home = async (page: Page) => {
    await page.goto(`${rt.url}/`)
    await settle(page, '#start-filing')
  }
  /** Opens an order from a queue tab of the admin page (claiming it) and returns its row. */
  async function openInQueue(orderId: string, tab = 'INITIAL') {
    const row = admin.locator(`tr[data-order="${orderId}"]`)
    await admin.click('#nav-queue')
    await admin.click(`#tab-${tab}`)
    await admin.click('#refresh')
    await row.click()
    await admin.waitForSelector('#claim-state:has-text("已由我领取")')
    return row
  }
  /** 我的备案 → the first filed subject's 管理备案 page. */
  async function openManage(page: Page) {
    await page.click('#filed-subject-0')
    await settle(page, '#manage-page')
  }
  /** 管理备案 → the cancellation form behind `button`. */
  async function openCancelForm(page: Page, button: string) {
    await page.click(button)
    await settle(page, '#cancel-form')
  }
  /** Picks the reason, acknowledges, submits and confirms; returns the new order's id from its status page. */
  async function sendCancellation(page: Page, reason: string) {
    await page.click(`#cancel-reason-${reason}`)
    await page.click('#cancel-understood-YES')
    await page.click('#cancel-submit')
    await confirmModal(page)
    await settle(page, '#order-status')
    return orderIdOf(page)
  }
  /** A new account with an approved 首次备案 (test person `n`). */
  async function filedOwner(n: number) {
    const owner = await ApiClient.applicant(rt.url)
    expect(await approveThrough(reviewer, owner, await submittedOrder(owner, n))).toBe('APPROVED')
    return owner
  }
  const orderIdOf = (page: Page) => new URL(page.url().replace('/#/', '/')).searchParams.get('orderId') ?? ''

  describe('the demo account: 变更主体, then 注销网站, then 注销主体', () => {
    let demo: ApiClient
    let phone: Page

    beforeAll(async () => {
      demo = await demoClient(ApiClient, rt.url)
      phone = await phoneOf(demo)
    })

    it('变更主体: only the changed 通信地址 is edited; the applicant and the reviewer see it before → after', async () => {
      await settle(phone, '#filed-subject-0')
      expect(await phone.textContent('#filed-subject-0')).toContain('豫ICP备2024000101号')
      await openManage(phone)
      await screenshot(phone, SUITE, '01-manage', true)
      await phone.click('#change-kind-CHANGE_SUBJECT')
      await phone.click('#start-change')
      await settle(phone, '#subject-step')
      expect(await phone.textContent('#change-hint')).toContain('只修改需要变更的项')
      expect(await phone.inputValue('#subject-mailingAddress-input input')).toBe('河南省郑州市金水区示例路1号3单元201')
      await fill(phone, 'subject.mailingAddress', '河南省郑州市金水区新地址路8号2单元502')
      await saved(phone)
      await screenshot(phone, SUITE, '02-change-subject', true)
      await next(phone, '#materials-step')
      expect(await phone.textContent('#materials-step')).toContain('不需要上传资料')
      await next(phone, '#confirm-step')
      expect(await phone.textContent('#change-list')).toContain('通信地址')
      expect(await phone.textContent('#change-list')).toContain('新地址路8号')
      expect(await phone.textContent('#precheck-title')).toContain('未发现')
      await screenshot(phone, SUITE, '03-change-confirm', true)
      await phone.click('#agreements-YES')
      await phone.click('#submit-order')
      await settle(phone, '#order-status')
      expect(await phone.textContent('#status-label')).toBe('等待初审')
      const orderId = orderIdOf(phone)

      // The reviewer sees exactly what changed, approves, and takes it to the 管局.
      const row = await openInQueue(orderId)
      expect(await admin.textContent('.detail h2, h2')).toContain('变更主体')
      expect(await admin.textContent('#section-changes')).toContain('通信地址')
      expect(await admin.textContent('#section-changes')).toContain('示例路1号3单元201')
      expect(await admin.textContent('#section-target')).toContain('豫ICP备2024000101号')
      await screenshot(admin, SUITE, '04-admin-change-diff', true)
      await admin.keyboard.press('a')
      await admin.waitForSelector('#notice:has-text("待提交管局")')
      await openInQueue(orderId, 'TO_SUBMIT')
      await admin.keyboard.press('s')
      await admin.waitForSelector('#notice:has-text("短信核验中")')
      await openInQueue(orderId, 'SMS')
      await admin.click('#sms-completed')
      await admin.waitForSelector('#notice:has-text("待管局审核")')
      await admin.click('#nav-regulator')
      await row.waitFor()
      await row.locator('.regulator-approve').click()
      await admin.waitForSelector('#regulator-message')

      await phone.reload()
      await settle(phone, '#filing-numbers')
      expect(await phone.textContent('#status-label')).toBe('变更成功')
      expect(await phone.textContent('#filing-numbers')).toContain('豫ICP备2024000101号')
      await screenshot(phone, SUITE, '05-change-approved', true)
    })

    it('注销网站: reason, consequences, two confirmations; after 初审 the applicant confirms; the subject is left 空壳', async () => {
      await home(phone)
      await openManage(phone)
      await openCancelForm(phone, '#cancel-website-0')
      expect(await phone.textContent('#cancel-consequences')).toContain('不可恢复')
      expect(await phone.getAttribute('#cancel-submit', 'disabled')).not.toBeNull()
      await screenshot(phone, SUITE, '06-cancel-website-form', true)
      const orderId = await sendCancellation(phone, '网站不再使用')
      expect(await phone.textContent('#status-label')).toBe('等待初审')
      expect(await phone.textContent('#order-target')).toContain('豫ICP备2024000101号-1')
      expect(await phone.textContent('#order-target')).toContain('网站不再使用')

      // The reviewer reads what is cancelled and why, and approves on the admin page.
      await openInQueue(orderId)
      expect(await admin.textContent('#section-target')).toContain('豫ICP备2024000101号-1')
      expect(await admin.textContent('#section-target')).toContain('网站不再使用')
      await screenshot(admin, SUITE, '07a-admin-cancel-website', true)
      await admin.keyboard.press('a')
      await admin.waitForSelector('#notice:has-text("待申请人确认")')
      await phone.reload()
      await settle(phone, '#confirmation-card')
      await screenshot(phone, SUITE, '07-cancel-website-confirm', true)
      await phone.click('#confirm-order')
      await confirmModal(phone)
      await phone.waitForFunction(() => document.querySelector('#status-label')?.textContent === '待提交管局')
      expect(await approveThrough(reviewer, demo, orderId)).toBe('APPROVED')

      await home(phone)
      expect(await phone.textContent('#filed-subject-0')).toContain('空壳主体')
      await screenshot(phone, SUITE, '08-shell-subject', true)
    })

    it('注销主体: the last step of the subject; 我的备案 is empty afterwards and offers 接收备案转移', async () => {
      await openManage(phone)
      await openCancelForm(phone, '#cancel-subject')
      const orderId = await sendCancellation(phone, '不再提供互联网信息服务')
      expect(await approveThrough(reviewer, demo, orderId)).toBe('APPROVED')
      await home(phone)
      await settle(phone, '#receive-transfer')
      expect(await phone.locator('#filed-subject-0').count()).toBe(0)
      await screenshot(phone, SUITE, '09-subject-cancelled', true)
    })
  })

  it('取消接入: no 短信核验; the filing leaves 我的备案', async () => {
    const owner = await filedOwner(51)
    const phone = await phoneOf(owner)
    await openManage(phone)
    await openCancelForm(phone, '#cancel-access-0')
    expect(await phone.textContent('#cancel-consequences')).toContain('空壳网站')
    const orderId = await sendCancellation(phone, '服务器到期不再续费')
    data(await reviewer.call('review', { action: 'claim', orderId }))
    data(await reviewer.call('review', { action: 'approve', orderId }))
    await phone.reload()
    await settle(phone, '#confirmation-card')
    expect(await phone.textContent('#confirmation-card')).toContain('不需要短信核验')
    await phone.click('#confirm-order')
    await confirmModal(phone)
    await phone.waitForFunction(() => document.querySelector('#status-label')?.textContent === '待提交管局')
    data(await reviewer.call('review', { action: 'claim', orderId }))
    data(await reviewer.call('review', { action: 'submitToRegulator', orderId }))
    expect(data(await owner.call<{ status: string }>('filing', { action: 'getOrder', orderId })).status).toBe('REGULATOR_REVIEW')
    data(await reviewer.call('review', { action: 'sandboxRegulatorApprove', orderId }))
    await home(phone)
    await settle(phone, '#receive-transfer')
    await screenshot(phone, SUITE, '10-access-cancelled', true)
  })

  it('转移备案: account A gives a code, account B enters and confirms it; the filing moves', async () => {
    const a = await filedOwner(52)
    const b = await ApiClient.applicant(rt.url)
    const phoneA = await phoneOf(a)
    await openManage(phoneA)
    await phoneA.click('#transfer-create')
    await confirmModal(phoneA, '生成')
    await phoneA.waitForSelector('#transfer-code')
    const code = (await phoneA.textContent('#transfer-code'))!.trim()
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    await screenshot(phoneA, SUITE, '11-transfer-code', true)

    const phoneB = await phoneOf(b)
    await phoneB.click('#receive-transfer')
    await settle(phoneB, '#transfer-page')
    await typeInto(phoneB, 'transfer-code-input', 'WRONG234')
    await phoneB.click('#transfer-agree-YES')
    await phoneB.click('#transfer-accept')
    await phoneB.waitForSelector('#error-transfer-code')
    expect(await phoneB.textContent('#error-transfer-code')).toContain('转移码不正确')
    await phoneB.fill('#transfer-code-input input', code.toLowerCase())
    await phoneB.click('#transfer-accept')
    await settle(phoneB, '#transfer-done')
    await screenshot(phoneB, SUITE, '12-transfer-done', true)
    await phoneB.click('#transfer-home')
    await settle(phoneB, '#filed-subject-0')
    expect(await phoneB.textContent('#filed-subject-0')).toContain('测试人')
    await home(phoneA)
    await settle(phoneA, '#receive-transfer')
  })

  it('认领备案: the legacy filing is claimed in the wizard and approved on the admin page', async () => {
    const claimer = await ApiClient.applicant(rt.url)
    const phone = await phoneOf(claimer)
    await phone.click('#start-filing')
    // The claim has no 产品验证: the result page offers to start the claim at once.
    await verifyType(phone, { province: '北京市', nature: '个人', certificate: '110108198211112220', domain: 'legacy-site.com' }, '#filing-type')
    expect(await phone.textContent('#filing-type')).toBe('认领备案')
    await screenshot(phone, SUITE, '13-claim-result', true)
    await phone.click('#start-order')
    await settle(phone, '#subject-step')
    await fill(phone, 'subject.name', '郑老站')
    await fill(phone, 'subject.certificateAddress', '北京市海淀区示例路3号')
    await fill(phone, 'subject.mailingAddress', '北京市海淀区示例路3号1单元1号')
    await fill(phone, 'subject.principal.mobile', '13800138011')
    await fill(phone, 'subject.principal.email', 'zheng@example.com')
    await phone.click('#subject-principal-long-term-LONG_TERM')
    await saved(phone)
    await next(phone, '#materials-step')
    await uploadAllMaterials(phone, files.document)
    await next(phone, '#confirm-step')
    await screenshot(phone, SUITE, '14-claim-confirm', true)
    expect(await phone.textContent('#precheck-title')).toContain('未发现')
    await phone.click('#agreements-YES')
    await phone.click('#submit-order')
    await settle(phone, '#order-status')
    const orderId = orderIdOf(phone)

    await openInQueue(orderId)
    await admin.keyboard.press('a')
    await admin.waitForSelector('#notice:has-text("认领成功")')
    await home(phone)
    await settle(phone, '#filed-subject-0')
    expect(await phone.textContent('#filed-subject-0')).toContain('京ICP备2015012345号')
    await screenshot(phone, SUITE, '15-claimed', true)
  })

  it('被动取消接入: a supervisor finds the website in the 备案库 and withdraws our access; the applicant is told why and cannot abandon it', async () => {
    const owner = await filedOwner(53)
    const boss = await desk.newPage()
    await loginAdmin(boss, rt.url, 'wangwu')
    await boss.click('#nav-registry')
    await boss.fill('#registry-query', 'review-53.com')
    await boss.click('#registry-search')
    await boss.waitForSelector('#registry-results')
    expect(await boss.textContent('#registry-results')).toContain('已接入')
    await boss.click('.passive-cancel')
    await boss.selectOption('#passive-reason', 'RESOURCE_EXPIRED')
    await boss.fill('#passive-note', '服务器已于 2026-11-30 到期')
    await screenshot(boss, SUITE, '16-admin-passive-cancellation', true)
    boss.once('dialog', (d) => void d.accept())
    await boss.click('#passive-submit')
    await boss.waitForSelector('#notice:has-text("已发起被动取消接入")')
    await boss.waitForSelector('#section-target')
    expect(await boss.textContent('#section-target')).toContain('服务器等资源到期未续费')
    await boss.close()

    const phone = await phoneOf(owner)
    const card = phone.locator('[id^="order-o"]').first()
    expect(await card.textContent()).toContain('取消接入')
    await card.click()
    await settle(phone, '#order-status')
    expect(await phone.textContent('#status-label')).toBe('待提交管局')
    expect(await phone.textContent('#order-target')).toContain('服务器已于 2026-11-30 到期')
    expect(await phone.locator('#passive-note').count()).toBe(1)
    expect(await phone.locator('#abandon-order').count()).toBe(0)
    await screenshot(phone, SUITE, '17-applicant-passive-cancellation', true)
  })

  it('管理备案, the cancellation form and 接收备案转移 fit a 320 px phone', async () => {
    const owner = await filedOwner(54)
    const context = await launchBrowser({ width: 320, height: 640 })
    phones.push(context)
    const narrow = await applicantPage(context, owner.token)
    await narrow.goto(`${rt.url}/`)
    await settle(narrow, '#filed-subject-0')
    await fitsNarrowScreen(narrow)
    await openManage(narrow)
    await fitsNarrowScreen(narrow)
    await screenshot(narrow, SUITE, '18-manage-320', true)
    await openCancelForm(narrow, '#cancel-access-0')
    await fitsNarrowScreen(narrow)
    await narrow.goto(`${rt.url}/#/packages/filing/transfer/index`)
    await settle(narrow, '#transfer-page')
    await fitsNarrowScreen(narrow)
    await screenshot(narrow, SUITE, '19-transfer-320', true)
  })
})
