/**
 * 验证备案类型 in WeChat DevTools (miniprogram-automator). Run by
 * `npm run test:automator` where DevTools exists; the cloud functions must be
 * deployed to the cloud environment the build points at (ICP_CLOUD_ENV).
 */
import path from 'node:path'
import automator from 'miniprogram-automator'

type Mini = Awaited<ReturnType<typeof automator.launch>>
type Page = NonNullable<Awaited<ReturnType<Mini['reLaunch']>>>
type Input = { input(value: string): Promise<void> }

const root = path.resolve(__dirname, '..', '..')

async function element(page: Page, selector: string) {
  const el = await page.$(selector)
  if (!el) throw new Error(`${selector} not found on ${page.path}`)
  return el
}

describe('验证备案类型 (WeChat DevTools)', () => {
  let mini: Mini

  beforeAll(async () => {
    mini = await automator.launch({ cliPath: process.env.WECHAT_DEVTOOLS_CLI, projectPath: root })
  })
  afterAll(async () => {
    await mini?.close()
  })

  it('refuses a www. domain beside the field, then determines the type', async () => {
    const page = (await mini.reLaunch('/pages/verify-type/index')) as Page
    await page.waitFor('#province-picker')
    const pickers = await page.$$('picker')
    await pickers[0].trigger('change', { value: 0 }) // 北京市
    await pickers[1].trigger('change', { value: 1 }) // 个人 → 居民身份证
    await ((await element(page, '#certificate-number')) as unknown as Input).input('11010519491231002X')
    const domain = (await element(page, '#domain-input')) as unknown as Input
    await domain.input('www.example.com')
    await (await element(page, '#verify-submit')).tap()
    await page.waitFor('#error-domain')
    expect(await (await element(page, '#error-domain')).text()).toContain('www.')

    await domain.input('example.com')
    await (await element(page, '#verify-submit')).tap()
    await page.waitFor(3000)
    const result = (await mini.currentPage()) as Page
    expect(result.path).toBe('pages/verify-result/index')
    expect(await (await element(result, '#filing-type')).text()).toBe('首次备案')
  })
})
