import type { Page } from 'playwright-core'
import { launchBrowser, pick } from '../support/browser'
import { browserSuite } from '../support/browser-suite'
import { fill, next, saved, screenshot, settle, startOrder, upload, uploadAllMaterials, verifyType } from '../support/wizard'

const SUITE = 'company-filing'

/**
 * A company 首次备案 with two websites (the second with its own 网站负责人),
 * where the 网站负责人 does 真实性核验 on their own phone by scanning a
 * single-use QR code; a reused code is refused with a clear page.
 */
describe('H5 — company 首次备案 with two websites and a QR handoff', () => {
  const s = browserSuite()
  let qrLink = ''

  it('verifies the type and starts the order', async () => {
    await s.page.goto(`${s.rt.url}/#/pages/verify-type/index`)
    await verifyType(s.page, { province: '北京市', nature: '企业', certificate: '91110000600037341L', domain: 'bj-demo-tech.cn' })
    expect(await s.page.textContent('#filing-type')).toBe('首次备案')
    await startOrder(s.page)
  })

  it('fills the unit fields and the 主体负责人', async () => {
    await fill(s.page, 'subject.name', '北京示例科技有限公司')
    await fill(s.page, 'subject.certificateAddress', '北京市海淀区中关村大街1号')
    await fill(s.page, 'subject.mailingAddress', '北京市海淀区中关村大街1号8层801')
    await fill(s.page, 'subject.investor', '王五')
    await fill(s.page, 'subject.legalRepresentative', '王五')
    await fill(s.page, 'subject.principal.name', '王五')
    await pick(s.page, '#subject-principal-certificate-type-picker', '居民身份证')
    await fill(s.page, 'subject.principal.certificateNumber', '110105198506123454')
    await typeValidity(s.page, 'subject-principal', '2036-05-01')
    await fill(s.page, 'subject.principal.mobile', '13900139000')
    await fill(s.page, 'subject.principal.email', 'wangwu@bj-demo-tech.cn')
    await saved(s.page)
    await screenshot(s.page, SUITE, '01-subject')
  })

  it('continues on another phone through a QR code, with everything filled', async () => {
    await s.page.click('#continue-qr-make')
    await s.page.waitForSelector('#continue-qr-code img')
    const link = (await s.page.textContent('#continue-qr-link')) ?? ''
    const phone = await launchBrowser()
    try {
      const p = await phone.newPage()
      await p.goto(link)
      await settle(p, '#subject-step')
      expect(await p.inputValue('#subject-name-input input')).toBe('北京示例科技有限公司')
      await screenshot(p, SUITE, '01b-continued-on-phone')
    } finally {
      await phone.close()
    }
  })

  it('fills two websites, the second with its own 网站负责人', async () => {
    await next(s.page, '#websites-step')
    await fill(s.page, 'websites.w1.name', '示例科技官方网站')
    await s.page.click('#site-w1-content-UNIT_PORTAL')
    await s.page.click('#add-website')
    await s.page.waitForSelector('#site-w2')
    await s.page.locator('#site-w2-domain-0 input').fill('bj-demo-shop.cn')
    await fill(s.page, 'websites.w2.name', '示例科技产品展示')
    await s.page.click('#site-w2-content-SHOPPING')
    await s.page.click('#site-w2-principal-choice-OTHER')
    await fill(s.page, 'websites.w2.principal.name', '赵六')
    await pick(s.page, '#websites-w2-principal-certificate-type-picker', '居民身份证')
    await fill(s.page, 'websites.w2.principal.certificateNumber', '110101199003071233')
    await s.page.click('#websites-w2-principal-long-term-LONG_TERM')
    // Same phone as the 主体负责人 though a different person: refused as they type.
    await fill(s.page, 'websites.w2.principal.mobile', '13900139000')
    await s.page.waitForSelector('#error-websites-w2-principal-mobile')
    expect(await s.page.textContent('#error-websites-w2-principal-mobile')).toContain('手机号码不能相同')
    await screenshot(s.page, SUITE, '02-same-phone-refused')
    await fill(s.page, 'websites.w2.principal.mobile', '13700137000')
    await fill(s.page, 'websites.w2.principal.email', 'zhaoliu@bj-demo-tech.cn')
    await saved(s.page)
    expect(await s.page.locator('#error-websites-w2-principal-mobile').count()).toBe(0)
  })

  it('asks for the licence and both principals\' ID cards, and takes them', async () => {
    await next(s.page, '#materials-step')
    const ids = await uploadAllMaterials(s.page, s.files.document)
    expect(ids).toEqual(expect.arrayContaining(['material-SUBJECT_CERTIFICATE', 'material-WEBSITE_PRINCIPAL_ID_FRONT-w2', 'material-WEBSITE_PRINCIPAL_ID_BACK-w2']))
    await screenshot(s.page, SUITE, '03-materials')
  })

  it('hands 真实性核验 to the 网站负责人\'s phone with a QR code', async () => {
    await next(s.page, '#verification-step')
    await s.page.click('#verification-qr-make')
    await s.page.waitForSelector('#verification-qr-code img')
    qrLink = (await s.page.textContent('#verification-qr-link')) ?? ''
    expect(qrLink).toMatch(/#\/packages\/filing\/handoff\/index\?scene=h%3D[A-Za-z0-9_-]{24}$/)
    await screenshot(s.page, SUITE, '04-qr')

    const phone = await launchBrowser()
    try {
      const p = await phone.newPage()
      await p.goto(qrLink)
      await settle(p, '#verification-step')
      expect(await p.locator('#step-subject').count()).toBe(0) // only the 核验 step
      expect(await p.textContent('body')).not.toContain('110105198506123454')
      await upload(p, '#verification-photo-choose', s.files.portrait)
      await p.waitForSelector('#verification-done')
      await screenshot(p, SUITE, '05-phone-verified')
    } finally {
      await phone.close()
    }
  })

  it('refuses the same QR code a second time with a clear page', async () => {
    const other = await launchBrowser()
    try {
      const p = await other.newPage()
      await p.goto(qrLink)
      await settle(p, '#handoff-error')
      expect(await p.textContent('#handoff-message')).toContain('已被使用')
      await screenshot(p, SUITE, '06-qr-reused')
    } finally {
      await other.close()
    }
  })

  it('sees the phone\'s 核验 result, passes the pre-check and submits', async () => {
    await s.page.click('#step-confirm')
    await settle(s.page, '#confirm-step')
    expect(await s.page.textContent('#summary')).toContain('真实性核验：已通过')
    expect(await s.page.textContent('#precheck-title')).toContain('未发现')
    await s.page.click('#agreements-YES')
    await s.page.click('#submit-order')
    await settle(s.page, '#order-status')
    expect(await s.page.textContent('#status-label')).toBe('等待初审')
    await screenshot(s.page, SUITE, '07-submitted')
  })
})

async function typeValidity(page: Page, prefix: string, date: string) {
  const input = page.locator(`#${prefix}-certificateValidTo-input input`)
  await input.fill(date)
}
