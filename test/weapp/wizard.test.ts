/**
 * @jest-environment jsdom
 */
import path from 'node:path'
import { postJson } from '../support/http-json'
import { runtimeForSuite } from '../support/runtime'
import { createWx, renderTaroPage, until } from '../support/weapp/load-taro-page'

const DIST = path.resolve(__dirname, '..', '..', 'dist', 'weapp')

/**
 * The wizard of the compiled mini-program (filing subpackage), rendered by
 * miniprogram-simulate with the official wcc compiler, on a draft order of the
 * local runtime: it opens at 主体信息 with the verified identity greyed, saves
 * as the person types, and moves on to 网站信息 with the verified domain fixed.
 */
describe('weapp build — the filing wizard', () => {
  const runtime = runtimeForSuite()
  let page: Awaited<ReturnType<typeof renderTaroPage>>
  const calls: Array<{ name: string; data: Record<string, unknown> }> = []
  const el = (id: string) => {
    const n = page.querySelector(`#${id}`)
    if (!n) throw new Error(`#${id} is not on the page`)
    return n
  }

  beforeAll(async () => {
    const base = runtime.current.url
    const token = ((await postJson(`${base}/api/auth/applicant`, {})) as { data: { token: string } }).data.token
    const created = (await postJson(`${base}/api/functions/filing`, { action: 'createOrder', province: '11', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '11010519491231002X', domain: 'weapp-wizard.com', product: { kind: 'SERVER_IP', ip: '81.70.10.1' } }, token)) as { data: { _id: string } }
    const callFunction = async (o: { name: string; data: Record<string, unknown> }) => {
      calls.push(o)
      return { result: await postJson(`${base}/api/functions/${o.name}`, o.data, token) }
    }
    page = await renderTaroPage(DIST, 'packages/filing/wizard/index', createWx({ cloud: { init: () => undefined, callFunction } }), '#subject-step', { orderId: created.data._id })
  })

  it('opens at 主体信息 with what type verification fixed greyed, and the certificate number prefilled', async () => {
    expect(el('identity-card').dom.textContent).toContain('11010519491231002X')
    expect(el('identity-card').dom.textContent).toContain('不能在此修改')
    expect(el('step-bar').dom.textContent).toContain('真实性核验')
  })

  it('saves the draft to the server as the person types', async () => {
    el('subject-name-input').dispatchEvent('input', { detail: { value: '张三' } })
    el('subject-certificateAddress-input').dispatchEvent('input', { detail: { value: '北京市朝阳区建国路1号' } })
    await until(() => calls.some((c) => c.data.action === 'saveSubject' && (c.data.subject as { name?: string }).name === '张三'))
    await until(() => !!page.querySelector('#save-state')?.dom.textContent?.includes('已自动保存'))
  })

  it('moves on to 网站信息 with the verified domain fixed and the server IP filled', async () => {
    el('next-step').dispatchEvent('tap')
    await until(() => !!page.querySelector('#websites-step'))
    expect(el('site-w1-domain-0').dom.textContent).toContain('weapp-wizard.com（已验证，不能修改）')
    // The server IP from 产品验证 was filled in and saved with the website.
    await until(() => calls.some((c) => c.data.action === 'saveWebsites' && JSON.stringify(c.data.websites).includes('"start":"81.70.10.1"')))
    expect(page.querySelector('#add-website')).toBeFalsy() // a personal filing has one website (province rule)
  })
})
