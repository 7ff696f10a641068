import { existsSync, mkdirSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from './root'
import { type BrowserContext, type Page, chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const ARTIFACTS = path.join(projectRoot(), 'test-artifacts')

/**
 * Headless Debian Chromium driven by playwright-core. Fails loudly (never
 * skips) when Chromium is missing, saying how to install it.
 */
export async function launchBrowser(viewport = { width: 375, height: 740 }): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}. End-to-end tests need it: run "apt-get update && apt-get install -y chromium fonts-wqy-zenhei" (or set CHROMIUM_PATH).`
    )
  const profile = mkdtempSync(path.join(os.tmpdir(), 'icp-chromium-'))
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** Saves a screenshot under test-artifacts/<suite>/<name>.png and returns its path. */
export async function screenshot(page: Page, suite: string, name: string, fullPage = false): Promise<string> {
  const dir = path.join(ARTIFACTS, suite)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage })
  return file
}

const PICKER_LINE_HEIGHT = 34 // px per row in Taro's H5 picker column

/**
 * Chooses `label` in a Taro H5 Picker the way a person does: open it, drag the
 * column until the row sits under the indicator, then tap 确定.
 */
export async function pick(page: Page, pickerSelector: string, label: string): Promise<void> {
  await page.click(pickerSelector)
  const sheet = page.locator('.weui-picker:visible')
  await sheet.waitFor()
  await page.waitForTimeout(300) // the sheet slides in
  const labels = await sheet.locator('.weui-picker__item').allTextContents()
  const target = labels.indexOf(label)
  if (target < 0) throw new Error(`"${label}" is not an option of ${pickerSelector}: ${labels.join(', ')}`)
  const content = sheet.locator('.weui-picker__content')
  // The column sits at translateY = 102 - 34 * index (Taro's TOP and LINE_HEIGHT).
  const currentIndex = async () =>
    content.evaluate((el) => Math.round((102 - new DOMMatrix(getComputedStyle(el).transform).m42) / 34))
  const box = await sheet.locator('.weui-picker__group').boundingBox()
  if (!box) throw new Error('picker column not visible')
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  for (let guard = 0; guard < 40; guard++) {
    const rows = target - (await currentIndex())
    if (rows === 0) break
    const step = Math.max(-3, Math.min(3, rows)) * PICKER_LINE_HEIGHT
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y - step / 2, { steps: 4 })
    await page.mouse.move(x, y - step, { steps: 4 })
    await page.mouse.up()
    await page.waitForTimeout(80)
  }
  if ((await currentIndex()) !== target) throw new Error(`could not scroll ${pickerSelector} to "${label}"`)
  await sheet.locator('.weui-picker__action', { hasText: '确定' }).click()
  await page.waitForTimeout(350) // the sheet slides out
}

/** Types into a Taro H5 Input (a wrapper around a real <input>). */
export async function typeInto(page: Page, inputId: string, text: string): Promise<void> {
  const input = page.locator(`#${inputId} input`)
  await input.fill('')
  await input.pressSequentially(text, { delay: 5 })
}

/** A page of the H5 build signed in as the applicant holding `token` (as if on that person's phone). */
export async function applicantPage(context: BrowserContext, token: string | undefined): Promise<Page> {
  await context.addInitScript((t) => localStorage.setItem('icp.applicant.token', JSON.stringify({ data: t })), token)
  return context.newPage()
}

/** Nothing on the page is wider than a 320 px phone (the narrowest WeChat screens). */
export async function fitsNarrowScreen(page: Page, width = 320): Promise<void> {
  const widest = await page.evaluate(() =>
    Math.max(document.documentElement.scrollWidth, ...Array.from(document.querySelectorAll('.taro_page')).map((p) => p.scrollWidth))
  )
  if (widest > width) throw new Error(`the page is ${widest} px wide, wider than ${width} px`)
}
