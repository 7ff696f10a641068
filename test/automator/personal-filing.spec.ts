/**
 * The personal 首次备案 journey in WeChat DevTools (miniprogram-automator), the
 * same steps as test/e2e/personal-filing.test.ts up to 网站信息. Run by
 * `npm run test:automator` where DevTools exists, against deployed functions.
 * Photos cannot be chosen by automation in DevTools (chooseImage opens the OS
 * picker), so uploads are covered by the H5 end-to-end test only.
 */
import { type Page, devtoolsForSuite, element, type } from './devtools'

describe('personal 首次备案 (WeChat DevTools)', () => {
  const devtools = devtoolsForSuite()

  it('goes from 我的备案 through 产品验证 into the wizard and saves 主体信息', async () => {
    const home = (await devtools.current.reLaunch('/pages/home/index')) as Page
    await home.waitFor('#start-filing')
    await (await element(home, '#start-filing')).tap()
    await home.waitFor(1500)
    const verify = (await devtools.current.currentPage()) as Page
    const pickers = await verify.$$('picker')
    await pickers[0].trigger('change', { value: 0 }) // 北京市
    await pickers[1].trigger('change', { value: 1 }) // 个人
    await type(verify, '#certificate-number', '110101199003071233')
    await type(verify, '#domain-input', `automator-${Date.now().toString(36)}.cn`)
    await (await element(verify, '#verify-submit')).tap()
    await verify.waitFor(3000)
    const result = (await devtools.current.currentPage()) as Page
    await type(result, '#product-input', '81.70.10.1')
    await (await element(result, '#start-order')).tap()
    await result.waitFor(3000)
    const wizard = (await devtools.current.currentPage()) as Page
    expect(wizard.path).toBe('packages/filing/wizard/index')
    await type(wizard, '#subject-name-input', '张三')
    await type(wizard, '#subject-principal-mobile-input', '13800138000')
    await wizard.waitFor(1500)
    expect(await (await element(wizard, '#save-state')).text()).toContain('已自动保存')
  })
})
