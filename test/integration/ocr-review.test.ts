import { ApiClient, removeDir, startRuntime, tempDataDir, type RunningRuntime } from '../support/runtime'
import { data, upload } from '../support/api'
import { cardPhoto } from '../support/cards'
import { addReviewers, reviewerClient, submittedOrder } from '../support/review'
import type { RecognizeResult } from '../../types/api/ocr'
import type { CardCheck } from '../../cloud/review/card-checks'

/**
 * OCR readings are kept per file after the wizard's call, and the reviewer's
 * order page sets them against what was submitted, differences flagged.
 */
jest.setTimeout(120000)

describe('OCR results on the reviewer\'s order page', () => {
  let rt: RunningRuntime
  beforeAll(async () => {
    const dataDir = tempDataDir('ocr-review')
    addReviewers(dataDir, [['lisi', 'reviewer']])
    rt = await startRuntime({ dataDir })
  })
  afterAll(async () => {
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  it('shows each ID card read against the entered values, with the differences; unread cards say so', async () => {
    const applicant = await ApiClient.applicant(rt.url)
    const orderId = await submittedOrder(applicant, 41, { submit: false })
    const order = data(await applicant.call<{ materials: Array<{ kind: string; fileID: string }>; subject: { name: string; certificateAddress: string; principal: { certificateNumber: string } } }>('filing', { action: 'getOrder', orderId }))
    const { bytes, person } = await cardPhoto('RESIDENT_ID_FRONT', 141, 0)
    const front = await upload(applicant, bytes)
    const back = order.materials.find((m) => m.kind === 'SUBJECT_PRINCIPAL_ID_BACK')!
    data(await applicant.call('filing', { action: 'saveMaterials', orderId, materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: front }, { kind: 'SUBJECT_PRINCIPAL_ID_BACK', fileID: back.fileID }] }))
    // The wizard reads it right after the upload.
    const first = data(await applicant.call<RecognizeResult>('ocr', { action: 'recognize', kind: 'RESIDENT_ID_FRONT', fileID: front, province: '41' }))
    expect(first.fields.idNumber).toBe(person.idNumber)
    // Asked again (the person edited the form): the kept reading, compared again, not read again.
    const again = data(await applicant.call<RecognizeResult>('ocr', { action: 'recognize', kind: 'RESIDENT_ID_FRONT', fileID: front, province: '41', entered: { name: person.name } }))
    expect(again.fields).toEqual(first.fields)
    expect(again.mismatches).toEqual([])
    data(await applicant.call('filing', { action: 'submitOrder', orderId, agreementsAccepted: true }))

    const li = await reviewerClient(rt.url, 'lisi')
    const detail = data(await li.call<{ cardChecks: CardCheck[] }>('review', { action: 'detail', orderId }))
    const frontCheck = detail.cardChecks.find((c) => c.materialKind === 'SUBJECT_PRINCIPAL_ID_FRONT')!
    expect(frontCheck).toMatchObject({ status: 'READ', card: 'RESIDENT_ID_FRONT', engine: 'local', fileID: front })
    const row = (f: string) => frontCheck.rows.find((r) => r.field === f)
    expect(row('idNumber')).toEqual({ field: 'idNumber', label: '公民身份号码', read: person.idNumber, entered: order.subject.principal.certificateNumber, differs: true })
    expect(row('name')).toMatchObject({ read: person.name, entered: '测试人', differs: true })
    expect(row('address')).toMatchObject({ read: person.address, entered: order.subject.certificateAddress, differs: true })
    expect(row('ethnicity')).toMatchObject({ differs: false })
    expect(row('ethnicity')!.entered).toBeUndefined()
    expect(frontCheck.differences).toBe(3)
    expect(detail.cardChecks.find((c) => c.materialKind === 'SUBJECT_PRINCIPAL_ID_BACK')).toMatchObject({ status: 'NOT_READ', rows: [], differences: 0 })
  })
})
