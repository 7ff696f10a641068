/**
 * @jest-environment jsdom
 */
import path from 'node:path'
import { runtimeForSuite } from '../support/runtime'
import { postJson } from '../support/http-json'
import { createWx, renderTaroPage, sleep } from '../support/weapp/load-taro-page'

const DIST = path.resolve(__dirname, '..', '..', 'dist', 'weapp')

/**
 * 备案进度 in the compiled mini-program: an order shows its status, what to do
 * next, its history, and 放弃 — which asks for confirmation (wx.showModal)
 * before calling the function. (jsdom has no fetch for uploads, so the order
 * here is a draft; the submitted states are covered in Chromium.)
 */
describe('weapp build — 备案进度', () => {
  const runtime = runtimeForSuite()

  it('shows status, next step and timeline, and abandons only after the person confirms', async () => {
    const base = runtime.current.url
    const token = ((await postJson(`${base}/api/auth/applicant`, {})) as { data: { token: string } }).data.token
    const created = (await postJson(`${base}/api/functions/filing`, { action: 'createOrder', province: '11', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', domain: 'weapp-order.com', product: { kind: 'SERVER_IP', ip: '81.70.10.1' } }, token)) as { data: { _id: string } }
    const orderId = created.data._id
    const calls: Array<Record<string, unknown>> = []
    const callFunction = async (o: { name: string; data: Record<string, unknown> }) => {
      calls.push(o.data)
      return { result: await postJson(`${runtime.current.url}/api/functions/${o.name}`, o.data, token) }
    }
    const showModal = jest.fn((o: { success?: (r: { confirm: boolean; cancel: boolean }) => void }) => o.success?.({ confirm: true, cancel: false }))
    const page = await renderTaroPage(DIST, 'packages/filing/order/index', createWx({ cloud: { init: () => undefined, callFunction }, showModal }), '#order-loading', { orderId })
    // The order loads when the page shows (useDidShow), as on a device.
    const loaded = Date.now() + 5000
    while (!page.querySelector('#order-status') && Date.now() < loaded) await sleep(20)
    expect(page.querySelector('#status-label')?.dom.textContent).toBe('待完善备案信息')
    expect(page.querySelector('#edit-order')?.dom.textContent).toContain('继续填写')
    expect(page.querySelector('#timeline')?.dom.textContent).toContain('订单已创建')
    page.querySelector('#abandon-order')!.dispatchEvent('tap')
    const end = Date.now() + 5000
    while (page.querySelector('#status-label')?.dom.textContent !== '已放弃' && Date.now() < end) await sleep(20)
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '放弃本次备案' }))
    expect(calls.some((c) => c.action === 'abandonOrder')).toBe(true)
    expect(page.querySelector('#status-label')?.dom.textContent).toBe('已放弃')
    expect(page.querySelector('#edit-order')).toBeFalsy()
  })
})
