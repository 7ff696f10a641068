import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { type RunningRuntime, removeDir, startRuntime } from '../support/runtime'
import { fill, imageFiles, next, saved, screenshot, settle, startOrder, upload, uploadAllMaterials, verifyType } from '../support/wizard'

const SUITE = 'add-site-filing'

/** Nothing on the page is wider than a 320 px phone. */
async function fitsNarrowScreen(page: Page) {
  const widest = await page.evaluate(() =>
    Math.max(document.documentElement.scrollWidth, ...Array.from(document.querySelectorAll(".taro_page")).map((p) => p.scrollWidth))
  )
  expect(widest).toBeLessThanOrEqual(320)
}

/**
 * 新增网站（原备案在本接入商）on a 320 px screen: the sandbox demo account has a
 * filed subject, so the subject is reused (greyed) and only the new site is filled.
 */
describe('H5 — 新增网站 for a subject filed with us, at 320 px', () => {
  let rt: RunningRuntime
  let browser: BrowserContext
  let page: Page
  let files: { document: string; portrait: string }

  beforeAll(async () => {
    ;[rt, browser, files] = await Promise.all([startRuntime(), launchBrowser({ width: 320, height: 640 }), imageFiles()])
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  it('shows the demo account\'s filed subject and website on 我的备案', async () => {
    await page.goto(`${rt.url}/`)
    await settle(page, '#use-demo-account')
    await page.click('#use-demo-account')
    await page.waitForSelector('#filed-subject-0')
    expect(await page.textContent('#filed-subject-0')).toContain('wangxiaoming.com')
    await fitsNarrowScreen(page)
    await screenshot(page, SUITE, '01-home-filed')
  })

  it('verifies a new domain as 新增网站 and reuses the filed subject, greyed', async () => {
    await page.click('#start-filing')
    await verifyType(page, { province: '河南省', nature: '个人', certificate: '410102199001012341', domain: 'wangxiaoming-new.com' })
    expect(await page.textContent('#filing-type')).toContain('新增网站')
    await startOrder(page)
    // Nothing to do on 主体信息: the wizard opens at 网站信息; the subject is there to look at.
    await settle(page, '#websites-step')
    await page.click('#step-subject')
    await settle(page, '#subject-locked')
    expect(await page.textContent('#subject-locked')).toContain('王小明')
    await fitsNarrowScreen(page)
    await screenshot(page, SUITE, '02-subject-reused')
  })

  it('fills the new website, uploads, verifies and submits', async () => {
    await next(page, '#websites-step')
    await fill(page, 'websites.w1.name', '王小明的旅行日记')
    await page.click('#site-w1-content-OTHER')
    await saved(page)
    await fitsNarrowScreen(page)
    await screenshot(page, SUITE, '03-website')
    await next(page, '#materials-step')
    await uploadAllMaterials(page, files.document)
    await fitsNarrowScreen(page)
    await screenshot(page, SUITE, '04-materials')
    await next(page, '#verification-step')
    await upload(page, '#verification-photo-choose', files.portrait)
    await page.waitForFunction(() => document.querySelector('#verification-result')?.textContent?.includes('核验通过'))
    await next(page, '#confirm-step')
    expect(await page.textContent('#precheck-title')).toContain('未发现')
    await fitsNarrowScreen(page)
    await page.click('#agreements-YES')
    await page.click('#submit-order')
    await settle(page, '#order-status')
    expect(await page.textContent('#status-label')).toBe('等待初审')
    await fitsNarrowScreen(page)
    await screenshot(page, SUITE, '05-submitted')
  })
})
