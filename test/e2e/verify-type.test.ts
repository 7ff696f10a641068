import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser, pick, screenshot, typeInto } from '../support/browser'
import { type RunningRuntime, removeDir, startRuntime } from '../support/runtime'

/**
 * The first journey as a person does it: open the H5 build served by the
 * running system, fill 验证备案类型, see a field error, fix it, see the type.
 */
describe('H5 — 验证备案类型 in headless Chromium', () => {
  let rt: RunningRuntime
  let browser: BrowserContext
  let page: Page

  beforeAll(async () => {
    rt = await startRuntime()
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  it('shows the form', async () => {
    await page.goto(`${rt.url}/`)
    await page.waitForSelector('#start-filing')
    await page.click('#start-filing')
    await page.waitForSelector('#province-picker')
    expect(await page.textContent('body')).toContain('验证备案类型')
    await screenshot(page, 'verify-type', '01-empty-form')
  })

  it('checks the fields as the person types and refuses a www. domain before calling', async () => {
    await pick(page, '#province-picker', '北京市')
    await pick(page, '#host-nature-picker', '个人')
    expect(await page.textContent('#certificate-type-picker')).toContain('居民身份证')
    await typeInto(page, 'certificate-number', '110105194912310021')
    expect(await page.textContent('#error-certificateNumber')).toContain('校验位不正确')
    await typeInto(page, 'certificate-number', '11010519491231002X')
    expect(await page.locator('#error-certificateNumber').count()).toBe(0)
    await typeInto(page, 'domain-input', 'www.example.com')
    await page.click('#verify-submit')
    await page.waitForSelector('#error-domain')
    expect(await page.textContent('#error-domain')).toContain('请不要填写为如下格式：www.域名')
    expect(page.url()).not.toContain('verify-result')
    await screenshot(page, 'verify-type', '02-domain-error')
  })

  it('submits to the filing function and shows the determined type', async () => {
    await typeInto(page, 'domain-input', 'example.com')
    await page.click('#verify-submit')
    await page.waitForSelector('#filing-type', { timeout: 15000 })
    // The new page slides in; wait until it has arrived before looking at it.
    await page.waitForFunction(() => (document.querySelector('#filing-type-result')?.getBoundingClientRect().left ?? 999) < 40)
    expect(await page.textContent('#filing-type')).toBe('首次备案')
    expect(await page.textContent('#filing-type-result')).toContain('example.com')
    expect(await page.textContent('#filing-type-result')).toContain('北京市')
    await screenshot(page, 'verify-type', '03-result')
  })

  it('shows a server-side refusal bound to its field', async () => {
    await page.goBack()
    await page.waitForSelector('#province-picker', { state: 'visible' })
    // A company filing in 广东 with a Beijing-registered credit code.
    await pick(page, '#province-picker', '广东省')
    await pick(page, '#host-nature-picker', '企业')
    await typeInto(page, 'certificate-number', '91110000600037341L')
    await page.waitForSelector('#error-province')
    expect(await page.textContent('#error-province')).toContain('北京市')
    await screenshot(page, 'verify-type', '04-province-mismatch')
  })
})
