import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { pick, screenshot, typeInto } from './browser'
import { documentPhoto, portrait } from './images'

/** Real image files on disk, as a person would pick them from the album. */
export async function imageFiles(): Promise<{ document: string; portrait: string }> {
  const dir = os.tmpdir()
  const document = path.join(dir, `icp-e2e-document-${process.pid}.jpg`)
  const face = path.join(dir, `icp-e2e-portrait-${process.pid}.jpg`)
  writeFileSync(document, await documentPhoto())
  writeFileSync(face, await portrait())
  return { document, portrait: face }
}

/** Waits until the current page has slid in (Taro H5 page transition). */
export async function settle(page: Page, selector: string) {
  await page.waitForSelector(selector, { state: 'visible', timeout: 20000 })
  await page.waitForTimeout(400)
}

/** 验证备案类型; waits for 产品验证 (or, e.g. for 认领备案 which has none, for `ready`). */
export async function verifyType(page: Page, v: { province: string; nature: string; certificate: string; domain: string }, ready = '#product-verification') {
  await settle(page, '#province-picker')
  await pick(page, '#province-picker', v.province)
  await pick(page, '#host-nature-picker', v.nature)
  await typeInto(page, 'certificate-number', v.certificate)
  await typeInto(page, 'domain-input', v.domain)
  await page.click('#verify-submit')
  await settle(page, ready)
}

/** 产品验证 with a shared sandbox server, then the wizard opens. */
export async function startOrder(page: Page, ip = '81.70.10.1') {
  await typeInto(page, 'product-input', ip)
  await page.click('#start-order')
  await settle(page, '#step-bar')
}

export async function fill(page: Page, path: string, value: string) {
  await typeInto(page, `${path.replace(/[^A-Za-z0-9_-]+/g, '-')}-input`, value)
}

/** Waits for the autosave to reach the server. */
export async function saved(page: Page) {
  await page.waitForFunction(() => document.querySelector('#save-state')?.textContent?.includes('已自动保存'), undefined, { timeout: 15000 })
}

export async function next(page: Page, selector: string) {
  await page.click('#next-step')
  await settle(page, selector)
}

/** Uploads a file through the app's own picker (Taro.chooseImage → a file input). */
export async function upload(page: Page, buttonSelector: string, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(buttonSelector)])
  await chooser.setFiles(file)
}

/** Uploads every material the step lists, waiting for each to be recorded. */
export async function uploadAllMaterials(page: Page, file: string) {
  const ids = await page.locator('#materials-step .image-upload').evaluateAll((els) => els.map((e) => e.id))
  for (const id of ids) {
    await upload(page, `#${id}-choose`, file)
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '已上传', `#${id}-status`, { timeout: 20000 })
  }
  return ids
}

export { pick, screenshot, typeInto }

/** Answers Taro's H5 confirmation modal (Taro.showModal) with its confirm button (确定 unless named). */
export async function confirmModal(page: Page, confirmText = '确定') {
  const modal = page.locator('.taro__modal')
  await modal.getByText(confirmText, { exact: true }).click()
  await modal.waitFor({ state: 'hidden' }).catch(() => undefined)
}
