/**
 * Renders a page of the compiled Taro weapp build (dist/weapp) the way WeChat
 * does, in jsdom: miniprogram-simulate compiles the page's WXML with the
 * official `wcc` compiler (from miniprogram-compiler), and these stand-ins play
 * the parts of the WeChat client that Taro's runtime talks to: `wx`, `App`,
 * `Page`, `getApp`, `getCurrentPages`. A page is registered as the custom
 * component it behaves like (data + setData + event handlers + lifecycle).
 */
import path from 'node:path'
// eslint-disable-next-line @typescript-eslint/no-var-requires
const simulate = require('miniprogram-simulate') as {
  load(componentPath: string, options?: Record<string, unknown>): string
  render(id: string, props?: Record<string, unknown>): SimComponent
  sleep(ms?: number): Promise<void>
}

export interface SimNode {
  dom: Element
  dispatchEvent(name: string, opts?: { detail?: unknown }): void
  querySelector(selector: string): SimNode | null
}

export interface SimComponent extends SimNode {
  attach(parent: Element): void
  instance: { data: Record<string, unknown> }
}

type AnyFn = (...args: unknown[]) => unknown
type PageConfig = Record<string, unknown> & { data?: Record<string, unknown>; onLoad?: AnyFn; onShow?: AnyFn; onReady?: AnyFn }

export interface WxStandIn {
  [api: string]: unknown
}

/** A minimal `wx` object; pass overrides (e.g. a jest.fn for cloud.callFunction) to watch calls. */
export function createWx(overrides: Record<string, unknown> = {}): WxStandIn {
  const storage = new Map<string, unknown>()
  const system = { platform: 'devtools', model: 'jsdom', pixelRatio: 2, windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, statusBarHeight: 20, SDKVersion: '3.0.0', language: 'zh_CN', version: '8.0.0', system: 'jsdom', safeArea: { top: 20, bottom: 667, left: 0, right: 375, width: 375, height: 647 } }
  const noop = () => undefined
  return {
    getSystemInfoSync: () => system,
    getSystemInfo: (o: { success?: AnyFn }) => o?.success?.(system),
    getWindowInfo: () => system,
    getDeviceInfo: () => system,
    getAppBaseInfo: () => system,
    getMenuButtonBoundingClientRect: () => ({ top: 24, bottom: 56, left: 280, right: 367, width: 87, height: 32 }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
    showToast: noop,
    showModal: noop,
    showLoading: noop,
    hideLoading: noop,
    navigateTo: (o: { success?: AnyFn }) => o?.success?.({}),
    redirectTo: noop,
    navigateBack: noop,
    reLaunch: noop,
    onAppRoute: noop,
    onAppShow: noop,
    onAppHide: noop,
    offAppShow: noop,
    offAppHide: noop,
    pageScrollTo: (o: { success?: AnyFn }) => o?.success?.({}),
    createSelectorQuery: () => ({ select: () => ({ boundingClientRect: () => ({ exec: noop }) }), exec: noop }),
    cloud: { init: noop, callFunction: async () => ({ result: { ok: false, error: { code: 'TEST', message: 'no stand-in' } } }), uploadFile: noop },
    ...overrides
  }
}

let app: PageConfig | null = null

/** Loads dist/weapp/app.js once per test file and launches the app. */
function launchApp(distDir: string): PageConfig {
  if (app) return app
  const g = globalThis as unknown as Record<string, unknown>
  g.App = (config: PageConfig) => {
    app = config
  }
  g.getApp = () => app
  require(path.join(distDir, 'app.js'))
  const launched = app as PageConfig | null
  if (!launched) throw new Error('dist/weapp/app.js did not call App()')
  ;(launched.onLaunch as AnyFn | undefined)?.call(launched, { path: '', query: {}, scene: 1001 })
  ;(launched.onShow as AnyFn | undefined)?.call(launched, { path: '', query: {}, scene: 1001 })
  return launched
}

/**
 * Renders `pagePath` (e.g. `pages/verify-type/index`) with `query`, attached
 * to the document, after the given `wx` stand-in is installed; resolves once
 * `readySelector` is on the page.
 */
export async function renderTaroPage(distDir: string, pagePath: string, wx: WxStandIn, readySelector: string, query: Record<string, string> = {}): Promise<SimComponent> {
  const g = globalThis as unknown as Record<string, unknown>
  g.wx = wx
  const pages: unknown[] = []
  // onShow/onReady fire once the page's first render is there, as on a device.
  let shown = () => {}
  g.getCurrentPages = () => pages
  g.Page = (config: PageConfig) => {
    const methods: Record<string, AnyFn> = {}
    for (const [k, v] of Object.entries(config)) if (typeof v === 'function') methods[k] = v as AnyFn
    ;(g.Component as (o: unknown) => void)({
      data: config.data ?? {},
      methods,
      lifetimes: {
        attached(this: Record<string, unknown>) {
          this.route = pagePath
          this.options = query
          pages.push(this)
          config.onLoad?.call(this, query)
          shown = () => {
            config.onShow?.call(this)
            config.onReady?.call(this)
          }
        }
      }
    })
  }
  launchApp(distDir)
  const id = simulate.load(path.join(distDir, pagePath), { rootPath: distDir, compiler: 'official' })
  const page = simulate.render(id)
  page.attach(document.createElement('parent-wrapper'))
  // React mounts asynchronously: wait for the page's content, then one more
  // turn so its event handlers are bound before anyone taps.
  const end = Date.now() + 10_000
  while (!page.querySelector(readySelector)) {
    if (Date.now() > end) throw new Error(`${pagePath} did not render ${readySelector}`)
    await simulate.sleep(20)
  }
  shown()
  await simulate.sleep(100)
  return page
}

export const sleep = (ms = 0) => simulate.sleep(ms)

/** Waits until `check` holds (the page re-rendered), failing after `ms`. */
export async function until(check: () => boolean, ms = 8000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the page')
    await simulate.sleep(20)
  }
}
