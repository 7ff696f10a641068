import { spawnSync } from 'node:child_process'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser, screenshot } from '../support/browser'
import { type RunningRuntime, removeDir, startRuntime, tempDataDir } from '../support/runtime'

const ROOT = path.resolve(__dirname, '..', '..')

describe('admin page — reviewer login in headless Chromium', () => {
  let rt: RunningRuntime
  let browser: BrowserContext
  let page: Page

  beforeAll(async () => {
    const dataDir = tempDataDir('admin')
    const created = spawnSync(process.execPath, [path.join(ROOT, 'dist/server/reviewer-cli.js'), 'add', 'zhangsan', '--role', 'reviewer', '--data-dir', dataDir], {
      input: 'review-pass-2026\n',
      encoding: 'utf8'
    })
    if (created.status !== 0) throw new Error(created.stderr)
    rt = await startRuntime({ dataDir })
    browser = await launchBrowser({ width: 1280, height: 800 })
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  it('refuses a wrong password with a clear message', async () => {
    await page.goto(`${rt.url}/admin`)
    await page.fill('#username', 'zhangsan')
    await page.fill('#password', 'not-the-password')
    await page.click('#login')
    await page.waitForSelector('[role=alert]')
    expect(await page.textContent('[role=alert]')).toBe('用户名或密码错误')
    await screenshot(page, 'admin', '01-login-refused')
  })

  it('logs in and stays logged in across a reload', async () => {
    await page.fill('#password', 'review-pass-2026')
    await page.click('#login')
    await page.waitForSelector('#whoami')
    expect(await page.textContent('#whoami')).toContain('zhangsan（备案专员）')
    await page.reload()
    await page.waitForSelector('#whoami')
    await screenshot(page, 'admin', '02-workbench')
    await page.click('text=退出登录')
    await page.waitForSelector('#login')
  })
})
