import { ApiClient, removeDir, startRuntime, tempDataDir, type RunningRuntime } from '../support/runtime'
import { data, upload } from '../support/api'
import { documentPhoto } from '../support/images'
import { addReviewers, reviewerClient, submittedOrder } from '../support/review'

type Url = { fileID: string; url: string; expiresAt: string }

/**
 * Stored files are private: no URL without asking a function, and the URLs the
 * functions mint (owner: filing/fileUrl, reviewer: review/materialImage) are
 * signed and short-lived (3 s here, ICP_FILE_URL_TTL_SECONDS).
 */
describe('private files through short-lived signed URLs', () => {
  let rt: RunningRuntime
  beforeAll(async () => {
    const dataDir = tempDataDir('file-urls')
    addReviewers(dataDir, [['lisi', 'reviewer']])
    rt = await startRuntime({ dataDir, env: { ICP_FILE_URL_TTL_SECONDS: '3' } as unknown as NodeJS.ProcessEnv })
  })
  afterAll(async () => {
    await rt?.stop()
    if (rt) removeDir(rt.dataDir)
  })

  const get = (path: string) => fetch(`${rt.url}${path}`)

  it('the owner gets a URL that serves the stored image, then expires; a tampered one is refused', async () => {
    const owner = await ApiClient.applicant(rt.url)
    const fileID = await upload(owner, await documentPhoto())
    const minted = data(await owner.call<Url>('filing', { action: 'fileUrl', fileID }))
    expect(minted.url).toMatch(/^\/api\/files\/[0-9a-f]{32}\.jpg\?exp=\d+&sig=[0-9a-f]{64}$/)
    const res = await get(minted.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(res.headers.get('cache-control')).toContain('private')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))

    const [path, query] = minted.url.split('?')
    const params = new URLSearchParams(query)
    const sig = params.get('sig')!
    const flipped = `${sig.slice(0, -1)}${sig.endsWith('0') ? '1' : '0'}`
    for (const bad of [
      `${path}?exp=${params.get('exp')}&sig=${flipped}`,
      `${path}?exp=${Number(params.get('exp')) + 3600}&sig=${sig}`,
      `${path}`,
      `/api/files/${'0'.repeat(32)}.jpg?${query}`
    ]) {
      const r = await get(bad)
      expect(r.status).toBe(403)
      expect(await r.json()).toMatchObject({ ok: false, error: { code: 'FILE.URL_INVALID', message: expect.stringContaining('无效') } })
    }
    await new Promise((r) => setTimeout(r, 4200))
    const late = await get(minted.url)
    expect(late.status).toBe(410)
    expect(await late.json()).toMatchObject({ ok: false, error: { code: 'FILE.URL_EXPIRED', message: expect.stringContaining('过期') } })
    // A fresh one works again.
    expect((await get(data(await owner.call<Url>('filing', { action: 'fileUrl', fileID })).url)).status).toBe(200)
  })

  it('another applicant cannot mint a URL for it, not even naming an order of theirs', async () => {
    const owner = await ApiClient.applicant(rt.url)
    const fileID = await upload(owner, await documentPhoto())
    const other = await ApiClient.applicant(rt.url)
    expect(await other.call('filing', { action: 'fileUrl', fileID })).toMatchObject({ ok: false, error: { code: 'FILE.NOT_FOUND' } })
    const othersOrder = await submittedOrder(other, 31, { submit: false })
    expect(await other.call('filing', { action: 'fileUrl', fileID, orderId: othersOrder })).toMatchObject({ ok: false, error: { code: 'FILE.NOT_FOUND' } })
    // Nor can anyone without a token, nor a reviewer through the applicant's function.
    expect((await get(`/api/files/${fileID.split('/').pop()}`)).status).toBe(403)
  })

  it('a reviewer gets URLs for the files of the order under review only', async () => {
    const applicant = await ApiClient.applicant(rt.url)
    const orderId = await submittedOrder(applicant, 32)
    const order = data(await applicant.call<{ materials: Array<{ fileID: string }> }>('filing', { action: 'getOrder', orderId }))
    const li = await reviewerClient(rt.url, 'lisi')
    const image = data(await li.call<Url>('review', { action: 'materialImage', orderId, fileID: order.materials[0].fileID }))
    expect((await get(image.url)).status).toBe(200)
    const stray = await upload(applicant, await documentPhoto())
    expect(await li.call('review', { action: 'materialImage', orderId, fileID: stray })).toMatchObject({ ok: false, error: { code: 'FILE.NOT_FOUND' } })
    // The owner can also reach the order's files through the order.
    expect((await get(data(await applicant.call<Url>('filing', { action: 'fileUrl', fileID: order.materials[0].fileID, orderId })).url)).status).toBe(200)
  })
})
