import { fitsNarrowScreen } from '../support/browser'
import { browserSuite } from '../support/browser-suite'
import { fill, next, saved, screenshot, settle, startOrder, upload, uploadAllMaterials, verifyType } from '../support/wizard'

const SUITE = 'add-site-filing'

/**
 * 新增网站（原备案在本接入商）on a 320 px screen: the sandbox demo account has a
 * filed subject, so the subject is reused (greyed) and only the new site is filled.
 */
describe('H5 — 新增网站 for a subject filed with us, at 320 px', () => {
  const s = browserSuite({ width: 320, height: 640 })

  it('shows the demo account\'s filed subject and website on 我的备案', async () => {
    await s.page.goto(`${s.rt.url}/`)
    await settle(s.page, '#use-demo-account')
    await s.page.click('#use-demo-account')
    await s.page.waitForSelector('#filed-subject-0')
    expect(await s.page.textContent('#filed-subject-0')).toContain('wangxiaoming.com')
    await fitsNarrowScreen(s.page)
    await screenshot(s.page, SUITE, '01-home-filed')
  })

  it('verifies a new domain as 新增网站 and reuses the filed subject, greyed', async () => {
    await s.page.click('#start-filing')
    await verifyType(s.page, { province: '河南省', nature: '个人', certificate: '410102199001012341', domain: 'wangxiaoming-new.com' })
    expect(await s.page.textContent('#filing-type')).toContain('新增网站')
    await startOrder(s.page)
    // Nothing to do on 主体信息: the wizard opens at 网站信息; the subject is there to look at.
    await settle(s.page, '#websites-step')
    await s.page.click('#step-subject')
    await settle(s.page, '#subject-locked')
    expect(await s.page.textContent('#subject-locked')).toContain('王小明')
    await fitsNarrowScreen(s.page)
    await screenshot(s.page, SUITE, '02-subject-reused')
  })

  it('fills the new website, uploads, verifies and submits', async () => {
    await next(s.page, '#websites-step')
    await fill(s.page, 'websites.w1.name', '王小明的旅行日记')
    await s.page.click('#site-w1-content-OTHER')
    await saved(s.page)
    await fitsNarrowScreen(s.page)
    await screenshot(s.page, SUITE, '03-website')
    await next(s.page, '#materials-step')
    await uploadAllMaterials(s.page, s.files.document)
    await fitsNarrowScreen(s.page)
    await screenshot(s.page, SUITE, '04-materials')
    await next(s.page, '#verification-step')
    await upload(s.page, '#verification-photo-choose', s.files.portrait)
    await s.page.waitForFunction(() => document.querySelector('#verification-result')?.textContent?.includes('核验通过'))
    await next(s.page, '#confirm-step')
    expect(await s.page.textContent('#precheck-title')).toContain('未发现')
    await fitsNarrowScreen(s.page)
    await s.page.click('#agreements-YES')
    await s.page.click('#submit-order')
    await settle(s.page, '#order-status')
    expect(await s.page.textContent('#status-label')).toBe('等待初审')
    await fitsNarrowScreen(s.page)
    await screenshot(s.page, SUITE, '05-submitted')
  })
})
