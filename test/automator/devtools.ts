import path from 'node:path'
import automator from 'miniprogram-automator'

export type Mini = Awaited<ReturnType<typeof automator.launch>>
export type Page = NonNullable<Awaited<ReturnType<Mini['reLaunch']>>>
type Input = { input(value: string): Promise<void> }

const root = path.resolve(__dirname, '..', '..')

/** WeChat DevTools with this project, for one describe block. */
export function devtoolsForSuite(): { current: Mini } {
  const holder = {} as { current: Mini }
  beforeAll(async () => {
    holder.current = await automator.launch({ cliPath: process.env.WECHAT_DEVTOOLS_CLI, projectPath: root })
  })
  afterAll(async () => {
    await holder.current?.close()
  })
  return holder
}

export async function element(page: Page, selector: string) {
  const el = await page.$(selector)
  if (!el) throw new Error(`${selector} not found on ${page.path}`)
  return el
}

export const type = async (page: Page, selector: string, value: string) => ((await element(page, selector)) as unknown as Input).input(value)
