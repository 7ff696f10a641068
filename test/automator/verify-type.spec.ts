/**
 * 验证备案类型 in WeChat DevTools (miniprogram-automator). Run by
 * `npm run test:automator` where DevTools exists; the cloud functions must be
 * deployed to the cloud environment the build points at (ICP_CLOUD_ENV).
 */
import { type Page, devtoolsForSuite, element, type } from './devtools'

describe('验证备案类型 (WeChat DevTools)', () => {
  const devtools = devtoolsForSuite()

  it('refuses a www. domain beside the field, then determines the type', async () => {
    const page = (await devtools.current.reLaunch('/pages/verify-type/index')) as Page
    await page.waitFor('#province-picker')
    const pickers = await page.$$('picker')
    await pickers[0].trigger('change', { value: 0 }) // 北京市
    await pickers[1].trigger('change', { value: 1 }) // 个人 → 居民身份证
    await type(page, '#certificate-number', '11010519491231002X')
    await type(page, '#domain-input', 'www.example.com')
    await (await element(page, '#verify-submit')).tap()
    await page.waitFor('#error-domain')
    expect(await (await element(page, '#error-domain')).text()).toContain('www.')

    await type(page, '#domain-input', 'example.com')
    await (await element(page, '#verify-submit')).tap()
    await page.waitFor(3000)
    const result = (await devtools.current.currentPage()) as Page
    expect(result.path).toBe('pages/verify-result/index')
    expect(await (await element(result, '#filing-type')).text()).toBe('首次备案')
  })
})
