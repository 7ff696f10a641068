/**
 * @jest-environment jsdom
 */
import path from 'node:path'
import { postJson } from '../support/http-json'
import { runtimeForSuite } from '../support/runtime'
import { createWx, renderTaroPage, until } from '../support/weapp/load-taro-page'

const DIST = path.resolve(__dirname, '..', '..', 'dist', 'weapp')

/**
 * The compiled mini-program (dist/weapp, as uploaded to WeChat) rendered with
 * miniprogram-simulate and the official wcc compiler. wx.cloud.callFunction is
 * routed to the cloud function running in the local runtime, so the tap reaches
 * the real function layer.
 */
describe('weapp build — 验证备案类型', () => {
  const runtime = runtimeForSuite()
  // One rendering per test file: Taro registers a page once per JS context.
  let page: Awaited<ReturnType<typeof renderTaroPage>>
  let handler: (o: { name: string; data: Record<string, unknown> }) => Promise<unknown>
  const calls: Array<{ name: string; data: Record<string, unknown> }> = []
  const navigateTo = jest.fn()
  const el = (id: string) => {
    const n = page.querySelector(`#${id}`)
    if (!n) throw new Error(`#${id} is not on the page`)
    return n
  }

  beforeAll(async () => {
    const callFunction = async (o: { name: string; data: Record<string, unknown> }) => {
      calls.push(o)
      return { result: await handler(o) }
    }
    page = await renderTaroPage(DIST, 'pages/verify-type/index', createWx({ cloud: { init: () => undefined, callFunction }, navigateTo }), '#verify-submit')
  })

  it('checks the fields as the person types and refuses a www. domain beside the field, before any call', async () => {
    el('province-picker-control').dispatchEvent('change', { detail: { value: 0 } }) // 北京市
    el('host-nature-picker-control').dispatchEvent('change', { detail: { value: 1 } }) // 个人
    await until(() => !!el('certificate-type-picker').dom.textContent?.includes('居民身份证'))
    expect(el('province-picker').dom.textContent).toContain('北京市')
    el('certificate-number').dispatchEvent('input', { detail: { value: '110105194912310021' } })
    await until(() => !!page.querySelector('#error-certificateNumber'))
    expect(el('error-certificateNumber').dom.textContent).toContain('校验位不正确')
    el('certificate-number').dispatchEvent('input', { detail: { value: '11010519491231002X' } })
    el('domain-input').dispatchEvent('input', { detail: { value: 'www.example.com' } })
    el('verify-submit').dispatchEvent('tap')
    await until(() => !!page.querySelector('#error-domain'))
    expect(el('error-domain').dom.textContent).toContain('请不要填写为如下格式：www.域名')
    expect(page.querySelector('#error-certificateNumber')).toBeFalsy()
    expect(calls).toHaveLength(0)
  })

  it('shows the function\u2019s refusal with its remedy', async () => {
    handler = async () => ({ ok: false, error: { code: 'FILING.OPEN_ORDER_EXISTS', message: '存在正在备案中的订单，无法重复提交备案申请。', detail: { remedy: '请先完成或放弃该订单。' } } })
    el('domain-input').dispatchEvent('input', { detail: { value: 'example.com' } })
    await until(() => !page.querySelector('#error-domain'))
    el('verify-submit').dispatchEvent('tap')
    await until(() => !!page.querySelector('#form-error'))
    expect(el('form-error').dom.textContent).toContain('请先完成或放弃该订单')
    expect(navigateTo).not.toHaveBeenCalled()
  })

  it('calls the filing function in the local runtime and opens the result page', async () => {
    const { data } = (await postJson(`${runtime.current.url}/api/auth/applicant`, {})) as { data: { token: string } }
    handler = (o) => postJson(`${runtime.current.url}/api/functions/${o.name}`, o.data, data.token)
    calls.length = 0
    el('verify-submit').dispatchEvent('tap')
    await until(() => navigateTo.mock.calls.length > 0)
    expect(calls).toEqual([
      { name: 'filing', data: { action: 'verifyType', province: '11', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', domain: 'example.com' } }
    ])
    expect(navigateTo.mock.calls[0][0].url).toBe('/pages/verify-result/index?type=FIRST_FILING&domain=example.com&province=11')
  })
})
