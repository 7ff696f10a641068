import { launchBrowser } from '../support/browser'
import { browserSuite } from '../support/browser-suite'
import { confirmModal, fill, typeInto, next, saved, screenshot, settle, startOrder, upload, uploadAllMaterials, verifyType } from '../support/wizard'

const SUITE = 'personal-filing'

/**
 * A personal 首次备案 as a person does it in the H5 build: home → 验证备案类型
 * → 产品验证 → 主体信息 → (resume on another device) → 网站信息 → 上传资料
 * → 真实性核验 → 提交初审 → 撤销 → resubmit → 撤销 → 放弃.
 */
describe('H5 — personal 首次备案 end to end', () => {
  const s = browserSuite()
  let orderId = ''

  it('starts from 我的备案 and verifies the filing type', async () => {
    await s.page.goto(`${s.rt.url}/`)
    await settle(s.page, '#start-filing')
    await screenshot(s.page, SUITE, '01-home-empty')
    await s.page.click('#start-filing')
    await verifyType(s.page, { province: '北京市', nature: '个人', certificate: '110101199003071233', domain: 'zhangsan-notes.cn' })
    expect(await s.page.textContent('#filing-type')).toBe('首次备案')
    await screenshot(s.page, SUITE, '02-type-and-product')
  })

  it('refuses an unknown server, then opens the wizard with the identity greyed', async () => {
    await typeInto(s.page, 'product-input', '1.2.3.4')
    await s.page.click('#start-order')
    await s.page.waitForSelector('#error-product')
    expect(await s.page.textContent('#error-product')).toMatch(/服务器|IP/)
    await startOrder(s.page)
    orderId = new URL(s.page.url().replace('#', '')).searchParams.get('orderId') ?? ''
    expect(orderId).toMatch(/^o[0-9a-f]{24}$/)
    expect(await s.page.textContent('#identity-card')).toContain('110101199003071233')
    expect(await s.page.textContent('#subject-principal-certificateNumber-input')).toContain('110101199003071233')
    await screenshot(s.page, SUITE, '03-subject-empty')
  })

  it('checks fields as the person types and saves the draft as they go', async () => {
    await fill(s.page, 'subject.name', '张三')
    await fill(s.page, 'subject.certificateAddress', '北京市东城区东华门街道1号')
    await fill(s.page, 'subject.mailingAddress', '北京市东城区东华门街道1号院3号楼201')
    await fill(s.page, 'subject.principal.mobile', '1380013')
    await s.page.waitForSelector('#error-subject-principal-mobile')
    expect(await s.page.textContent('#error-subject-principal-mobile')).toContain('11 位手机号码')
    await fill(s.page, 'subject.principal.mobile', '13800138000')
    await s.page.click('#subject-principal-long-term-LONG_TERM')
    await fill(s.page, 'subject.principal.email', 'zhangsan@example.com')
    await saved(s.page)
    expect(await s.page.locator('#error-subject-principal-mobile').count()).toBe(0)
    await screenshot(s.page, SUITE, '04-subject-filled', true)
  })

  it('resumes on another device at the right step with everything filled', async () => {
    const token = await s.page.evaluate(() => localStorage.getItem('icp.applicant.token'))
    const other = await launchBrowser()
    try {
      // The same account signed in on another device (WeChat gives both the same identity).
      await other.addInitScript((t) => localStorage.setItem('icp.applicant.token', t ?? ''), token)
      const p2 = await other.newPage()
      await p2.goto(`${s.rt.url}/`)
      await settle(p2, `#order-${orderId}`)
      expect(await p2.textContent(`#order-${orderId}`)).toContain('继续填写')
      await screenshot(p2, SUITE, '05-other-device-home')
      await p2.click(`#order-${orderId}`)
      await settle(p2, '#websites-step')
      await p2.click('#step-subject')
      await settle(p2, '#subject-step')
      expect(await p2.inputValue('#subject-name-input input')).toBe('张三')
      expect(await p2.inputValue('#subject-principal-mobile-input input')).toBe('13800138000')
      await screenshot(p2, SUITE, '06-other-device-resumed')
    } finally {
      await other.close()
    }
  })

  it('fills 网站信息 with the verified domain greyed and the server IP prefilled', async () => {
    await next(s.page, '#websites-step')
    expect(await s.page.textContent('#site-w1-domain-0')).toContain('zhangsan-notes.cn')
    expect(await s.page.inputValue('#websites-w1-ipRanges-input input')).toBe('81.70.10.1')
    await fill(s.page, 'websites.w1.name', '张三读书论坛')
    await s.page.waitForSelector('#error-websites-w1-name')
    await fill(s.page, 'websites.w1.name', '张三的读书笔记')
    await s.page.click('#site-w1-content-OTHER')
    await fill(s.page, 'websites.w1.remark', '记录读书心得')
    await saved(s.page)
    expect(await s.page.locator('#error-websites-w1-name').count()).toBe(0)
    await screenshot(s.page, SUITE, '07-website', true)
  })

  it('uploads the materials the rules ask for', async () => {
    await next(s.page, '#materials-step')
    const ids = await uploadAllMaterials(s.page, s.files.document)
    expect(ids).toEqual(['material-SUBJECT_PRINCIPAL_ID_FRONT', 'material-SUBJECT_PRINCIPAL_ID_BACK'])
    await screenshot(s.page, SUITE, '08-materials', true)
  })

  it('refuses a photo without a white background, then passes 真实性核验', async () => {
    await next(s.page, '#verification-step')
    await upload(s.page, '#verification-photo-choose', s.files.document)
    await s.page.waitForSelector('#verification-photo-error')
    await screenshot(s.page, SUITE, '09-verification-refused', true)
    await upload(s.page, '#verification-photo-choose', s.files.portrait)
    await s.page.waitForFunction(() => document.querySelector('#verification-result')?.textContent?.includes('核验通过'))
    await screenshot(s.page, SUITE, '10-verification-passed', true)
  })

  it('runs the pre-check and submits for 初审', async () => {
    await next(s.page, '#confirm-step')
    expect(await s.page.textContent('#precheck-title')).toContain('未发现')
    await s.page.click('#agreements-YES')
    await s.page.click('#submit-order')
    await settle(s.page, '#order-status')
    expect(await s.page.textContent('#status-label')).toBe('等待初审')
    expect(await s.page.textContent('#next-step-text')).toContain('1–2 个工作日')
    expect(await s.page.textContent('#timeline')).toContain('提交初审')
    await screenshot(s.page, SUITE, '11-submitted', true)
  })

  it('withdraws (撤销), edits and resubmits', async () => {
    await s.page.click('#withdraw-order')
    await confirmModal(s.page)
    await s.page.waitForFunction(() => document.querySelector('#status-label')?.textContent === '待完善备案信息')
    await screenshot(s.page, SUITE, '12-withdrawn', true)
    await s.page.click('#edit-order')
    await settle(s.page, '#confirm-step')
    await s.page.click('#step-websites')
    await settle(s.page, '#websites-step')
    await fill(s.page, 'websites.w1.remark', '记录读书心得和书评')
    await saved(s.page)
    await s.page.click('#step-confirm')
    await settle(s.page, '#confirm-step')
    await s.page.click('#agreements-YES')
    await s.page.click('#submit-order')
    await settle(s.page, '#order-status')
    expect(await s.page.textContent('#status-label')).toBe('等待初审')
  })

  it('abandons (放弃) after confirming, and the account can start again', async () => {
    await s.page.click('#withdraw-order')
    await confirmModal(s.page)
    await s.page.waitForFunction(() => document.querySelector('#status-label')?.textContent === '待完善备案信息')
    await s.page.click('#abandon-order')
    await confirmModal(s.page)
    await s.page.waitForFunction(() => document.querySelector('#status-label')?.textContent === '已放弃')
    expect(await s.page.locator('#edit-order').count()).toBe(0)
    await screenshot(s.page, SUITE, '13-abandoned', true)
    await s.page.click('#back-home')
    await settle(s.page, '#start-filing')
    expect(await s.page.textContent('body')).toContain('历史订单')
    await screenshot(s.page, SUITE, '14-home-after', true)
  })
})
