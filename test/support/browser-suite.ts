import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from './browser'
import { type RunningRuntime, removeDir, startRuntime } from './runtime'
import { imageFiles } from './wizard'

export interface BrowserSuite {
  rt: RunningRuntime
  browser: BrowserContext
  page: Page
  files: { document: string; portrait: string }
}

/**
 * One running system, one headless Chromium page and real image files for a
 * describe block; all stopped and removed after it. Read the fields inside tests.
 */
export function browserSuite(viewport?: { width: number; height: number }): BrowserSuite {
  const suite = {} as BrowserSuite
  beforeAll(async () => {
    ;[suite.rt, suite.browser, suite.files] = await Promise.all([startRuntime(), launchBrowser(viewport), imageFiles()])
    suite.page = await suite.browser.newPage()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.rt?.stop()
    if (suite.rt) removeDir(suite.rt.dataDir)
  })
  return suite
}
