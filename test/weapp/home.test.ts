/**
 * @jest-environment jsdom
 */
import path from 'node:path'
import { postJson } from '../support/http-json'
import { runtimeForSuite } from '../support/runtime'
import { createWx, renderTaroPage, sleep } from '../support/weapp/load-taro-page'

const DIST = path.resolve(__dirname, '..', '..', 'dist', 'weapp')

/** 我的备案 in the compiled mini-program, reading the sandbox demo account's filings from the running functions. */
describe('weapp build — 我的备案', () => {
  const runtime = runtimeForSuite()

  it('lists the filed subject with its numbers and offers 开始备案', async () => {
    const navigateTo = jest.fn()
    let token = ''
    const callFunction = async (o: { name: string; data: Record<string, unknown> }) => {
      if (!token) token = ((await postJson(`${runtime.current.url}/api/auth/applicant`, { sandboxAccount: 'demo' })) as { data: { token: string } }).data.token
      return { result: await postJson(`${runtime.current.url}/api/functions/${o.name}`, o.data, token) }
    }
    const page = await renderTaroPage(DIST, 'pages/home/index', createWx({ cloud: { init: () => undefined, callFunction }, navigateTo }), '#start-filing')
    const end = Date.now() + 8000
    while (!page.querySelector('#filed-subject-0') && Date.now() < end) await sleep(50)
    const subject = page.querySelector('#filed-subject-0')
    expect(subject?.dom.textContent).toContain('豫ICP备2024000101号')
    expect(subject?.dom.textContent).toContain('wangxiaoming.com')
    expect(page.querySelector('#use-demo-account')).toBeFalsy() // the sandbox switch is H5-only
    page.querySelector('#start-filing')!.dispatchEvent('tap')
    await sleep(50)
    expect(navigateTo.mock.calls[0][0].url).toBe('/pages/verify-type/index')
  })
})
