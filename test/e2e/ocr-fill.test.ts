import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { data, upload as apiUpload } from '../support/api'
import { applicantPage, launchBrowser, screenshot } from '../support/browser'
import { cardPhoto, greyscale } from '../support/cards'
import { documentPhoto, portrait } from '../support/images'
import { REVIEWER_PASSWORD, addReviewers } from '../support/review'
import { ApiClient, type RunningRuntime, removeDir, startRuntime, tempDataDir } from '../support/runtime'
import { settle, typeInto, upload } from '../support/wizard'
import { person as makePerson, rng } from '../../bench/ocr/people'

const SUITE = 'ocr-fill'
jest.setTimeout(180000)

type AppOrder = { _id: string; status: string; subject: Record<string, unknown> & { principal?: Record<string, string> }; materials: Array<{ kind: string; fileID: string }>; problems?: unknown[] }

/**
 * Photos in, fields out, in headless Chromium: a generated ID card photo
 * uploaded in the wizard fills the empty fields, which are highlighted for
 * checking until edited; a greyscale scan is refused beside the upload and the
 * earlier photo is kept; the reviewer's page sets what OCR read against what
 * was submitted, the difference highlighted.
 */
describe('OCR fills the wizard and shows on the reviewer\'s page', () => {
  let rt: RunningRuntime
  let phone: BrowserContext
  let desk: BrowserContext
  let app: Page
  let applicant: ApiClient
  let orderId: string
  let front: string
  let grey: string
  let card: ReturnType<typeof makePerson>

  beforeAll(async () => {
    const dataDir = tempDataDir('ocr-fill')
    addReviewers(dataDir, [['lisi', 'reviewer']])
    // A generated person from 河南 (the filing province), so the order can be submitted as is.
    let seed = 700
    while (!makePerson(rng(seed)).idNumber.startsWith('41')) seed++
    const photo = await cardPhoto('RESIDENT_ID_FRONT', seed, 0)
    card = photo.person
    front = path.join(os.tmpdir(), `icp-e2e-idcard-${process.pid}.jpg`)
    grey = path.join(os.tmpdir(), `icp-e2e-idcard-grey-${process.pid}.jpg`)
    writeFileSync(front, photo.bytes)
    writeFileSync(grey, await greyscale(photo.bytes))
    ;[rt, phone, desk] = await Promise.all([startRuntime({ dataDir }), launchBrowser(), launchBrowser({ width: 1440, height: 1000 })])
    applicant = await ApiClient.applicant(rt.url)
    const created = data(await applicant.call<{ _id: string }>('filing', {
      action: 'createOrder', province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: card.idNumber,
      domain: 'ocr-fill-e2e.com', product: { kind: 'SERVER_IP', ip: '81.70.10.2' }
    }))
    orderId = created._id
    app = await applicantPage(phone, applicant.token)
  })
  afterAll(async () => {
    await phone?.close()
    await desk?.close()
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  const getOrder = async () => data(await applicant.call<AppOrder>('filing', { action: 'getOrder', orderId }))
  /** The order once the wizard's autosave has brought it to the server in the expected state. */
  const orderWhen = async (test: (o: AppOrder) => boolean) => {
    for (let i = 0; i < 50; i++) {
      const o = await getOrder()
      if (test(o)) return o
      await new Promise((r) => setTimeout(r, 200))
    }
    return getOrder()
  }
  const ID = 'material-SUBJECT_PRINCIPAL_ID_FRONT'

  it('reads the ID card right after its upload and fills the empty fields', async () => {
    await app.goto(`${rt.url}/#/packages/filing/wizard/index?orderId=${orderId}&step=materials`)
    await settle(app, '#materials-step')
    await upload(app, `#${ID}-choose`, front)
    await app.waitForSelector(`#${ID}-ocr-filled`, { timeout: 60000 })
    expect(await app.textContent(`#${ID}-status`)).toBe('已上传')
    expect(await app.textContent(`#${ID}-ocr-filled`)).toContain('已根据证件识别填写：姓名、主办者姓名、证件住所')
    await app.waitForSelector(`#${ID}-preview`)
    await screenshot(app, SUITE, '01-id-card-read', true)
    const order = await orderWhen((o) => !!o.subject.principal?.name)
    expect(order.subject.principal?.name).toBe(card.name)
    expect(order.subject.certificateAddress).toBe(card.address)
  })

  it('refuses a greyscale scan beside the upload and keeps the earlier photo', async () => {
    const before = (await getOrder()).materials.find((m) => m.kind === 'SUBJECT_PRINCIPAL_ID_FRONT')!.fileID
    await upload(app, `#${ID}-choose`, grey)
    await app.waitForSelector(`#${ID}-error`, { timeout: 20000 })
    expect(await app.textContent(`#${ID}-error`)).toContain('彩色')
    // Retrying the same refused photo would not help: only 重新拍摄/选择 is offered.
    expect(await app.locator(`#${ID}-retry`).count()).toBe(0)
    expect(await app.textContent(`#${ID}-status`)).toBe('已上传')
    // The earlier photo is still shown and still the order's.
    const src = await app.getAttribute(`#${ID}-preview img, img#${ID}-preview`, 'src').catch(() => null)
    expect(src).toBeTruthy()
    expect((await getOrder()).materials.find((m) => m.kind === 'SUBJECT_PRINCIPAL_ID_FRONT')!.fileID).toBe(before)
    await screenshot(app, SUITE, '02-greyscale-refused', true)
  })

  it('highlights each filled field on 主体信息 until the person edits it', async () => {
    await app.click(`#${ID}-ocr-check`)
    await settle(app, '#subject-step')
    await app.waitForSelector('#recognized-subject-principal-name')
    expect(await app.textContent('#recognized-subject-principal-name')).toBe('已识别，请核对')
    expect(await app.locator('#recognized-subject-certificateAddress').count()).toBe(1)
    expect(await app.locator('#recognized-subject-name').count()).toBe(1)
    expect(await app.inputValue('#subject-principal-name-input input')).toBe(card.name)
    expect(await app.inputValue('#subject-name-input input')).toBe(card.name)
    // Fields OCR did not fill carry no tag.
    expect(await app.locator('#recognized-subject-mailingAddress').count()).toBe(0)
    await app.locator('#field-subject-certificateAddress').scrollIntoViewIfNeeded()
    await screenshot(app, SUITE, '03-subject-highlighted', true)
    // The person corrects the address: its tag goes, the name's stays.
    await typeInto(app, 'subject-certificateAddress-input', `${card.address}附1号`)
    await app.waitForSelector('#recognized-subject-certificateAddress', { state: 'detached' })
    expect(await app.locator('#recognized-subject-principal-name').count()).toBe(1)
    expect((await orderWhen((o) => o.subject.certificateAddress === `${card.address}附1号`)).subject.certificateAddress).toBe(`${card.address}附1号`)
    await screenshot(app, SUITE, '04-address-edited', true)
    await app.locator('#field-subject-principal-name').scrollIntoViewIfNeeded()
    await screenshot(app, SUITE, '05-principal-name-highlighted')
  })

  it('the reviewer sees what OCR read against what was submitted, the difference highlighted', async () => {
    await app.goto('about:blank')
    // The rest of the order as the wizard would save it, then 提交初审.
    const order = await getOrder()
    const principal = { ...order.subject.principal, certificateType: 'RESIDENT_ID', certificateValidTo: 'LONG_TERM', mobile: '13703711234', email: 'ocr-e2e@example.com' }
    data(await applicant.call('filing', { action: 'saveSubject', orderId, subject: { ...order.subject, name: card.name, mailingAddress: '河南省郑州市金水区测试路8号2单元302', principal } }))
    data(await applicant.call('filing', { action: 'saveWebsites', orderId, websites: [{ id: 'w1', name: '读书笔记小站', domains: ['ocr-fill-e2e.com'], ipRanges: [{ start: '81.70.10.2', end: '81.70.10.2' }], serviceType: 'WEBSITE', contentTypes: ['OTHER'], languages: ['ZH_HANS'], preApprovals: [], principal: 'SAME_AS_SUBJECT', remark: '个人读书笔记' }] }))
    const back = await apiUpload(applicant, await documentPhoto(1000, 630))
    data(await applicant.call('filing', { action: 'saveMaterials', orderId, materials: [...order.materials.map(({ kind, fileID }) => ({ kind, fileID })), { kind: 'SUBJECT_PRINCIPAL_ID_BACK', fileID: back }] }))
    data(await applicant.call('filing', { action: 'saveVerification', orderId, fileID: await apiUpload(applicant, await portrait()) }))
    const submitted = await applicant.call('filing', { action: 'submitOrder', orderId, agreementsAccepted: true })
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.error))

    const page = await desk.newPage()
    await page.goto(`${rt.url}/admin/`)
    await page.fill('#username', 'lisi')
    await page.fill('#password', REVIEWER_PASSWORD)
    await page.click('#login')
    await page.waitForSelector('#tab-INITIAL')
    await page.goto(`${rt.url}/admin/#/order/${orderId}`)
    await page.waitForSelector('#card-checks')
    const check = page.locator('.card-check[data-material="SUBJECT_PRINCIPAL_ID_FRONT"]')
    expect(await check.locator('.badge').textContent()).toBe('1 项与填写不一致')
    const address = check.locator('tr[data-field="address"]')
    expect(await address.getAttribute('class')).toBe('differs')
    expect(await address.textContent()).toContain(card.address)
    expect(await address.textContent()).toContain('不一致')
    expect(await check.locator('tr[data-field="name"]').getAttribute('class')).toBe('')
    expect(await check.locator('tr[data-field="idNumber"]').textContent()).toContain('一致')
    expect(await page.locator('.card-check[data-material="SUBJECT_PRINCIPAL_ID_BACK"]').textContent()).toContain('未识别')
    // The card's image loads through its short-lived URL.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.thumb img')).some((i) => (i as HTMLImageElement).naturalWidth > 0 && (i as HTMLImageElement).src.includes('/api/files/')))
    await page.locator('#section-materials').scrollIntoViewIfNeeded()
    await screenshot(page, SUITE, '06-admin-ocr-comparison')
    await page.locator('#card-checks').screenshot({ path: path.join(path.dirname(await screenshot(page, SUITE, '06-admin-ocr-comparison')), '07-admin-card-checks.png') })
  })
})
