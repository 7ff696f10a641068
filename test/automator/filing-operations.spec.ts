/**
 * 管理备案 in WeChat DevTools (miniprogram-automator): from a filed subject in
 * 我的备案 to a 变更主体 draft with only the 通信地址 changed, and the 注销网站
 * form's consequences — the same steps as test/e2e/filing-operations.test.ts.
 * Needs an account with a filed subject in the deployed environment (the
 * sandbox demo account when DevTools points at a local runtime's functions).
 * Run by `npm run test:automator` where DevTools exists.
 */
import { type Page, devtoolsForSuite, element, type } from './devtools'

describe('operations on an existing filing (WeChat DevTools)', () => {
  const devtools = devtoolsForSuite()

  it('shows the 注销网站 consequences and keeps the submit button off until they are acknowledged', async () => {
    const home = (await devtools.current.reLaunch('/pages/home/index')) as Page
    await home.waitFor('#filed-subject-0')
    await (await element(home, '#filed-subject-0')).tap()
    await home.waitFor(1500)
    const manage = (await devtools.current.currentPage()) as Page
    await (await element(manage, '#cancel-website-0')).tap()
    await manage.waitFor('#cancel-form')
    expect(await (await element(manage, '#cancel-consequences')).text()).toContain('不可恢复')
    expect(await (await element(manage, '#cancel-submit')).attribute('disabled')).toBeTruthy()
  })

  it('opens 管理备案, starts 变更主体 and lists the change before → after', async () => {
    const home = (await devtools.current.reLaunch('/pages/home/index')) as Page
    await home.waitFor('#filed-subject-0')
    await (await element(home, '#filed-subject-0')).tap()
    await home.waitFor(1500)
    const manage = (await devtools.current.currentPage()) as Page
    expect(manage.path).toBe('packages/filing/manage/index')
    await (await element(manage, '#change-kind-CHANGE_SUBJECT')).tap()
    await (await element(manage, '#start-change')).tap()
    await manage.waitFor(3000)
    const wizard = (await devtools.current.currentPage()) as Page
    expect(wizard.path).toBe('packages/filing/wizard/index')
    await type(wizard, '#subject-mailingAddress-input', `河南省郑州市金水区新地址路${Date.now() % 100}号`)
    await wizard.waitFor(1500)
    expect(await (await element(wizard, '#save-state')).text()).toContain('已自动保存')
    await (await element(wizard, '#step-confirm')).tap()
    await wizard.waitFor(1500)
    expect(await (await element(wizard, '#change-list')).text()).toContain('通信地址')
    // The draft stays in 我的备案 (正在备案的订单) until it is submitted or abandoned.
  })
})
