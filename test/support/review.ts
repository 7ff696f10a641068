import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { residentIdCheckChar } from '../../domain/rules/resident-id'
import { documentPhoto, portrait } from './images'
import { projectRoot } from './root'
import { data, upload } from './api'
import { ApiClient } from './runtime'

export const REVIEWER_PASSWORD = 'review-pass-2026'

/** Creates reviewer accounts in a data directory with the real CLI (before the runtime starts). */
export function addReviewers(dataDir: string, accounts: Array<[string, 'reviewer' | 'supervisor']>): void {
  for (const [username, role] of accounts) {
    const r = spawnSync(process.execPath, [path.join(projectRoot(), 'dist/server/reviewer-cli.js'), 'add', username, '--role', role, '--data-dir', dataDir], { input: `${REVIEWER_PASSWORD}\n`, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`reviewer add ${username} failed: ${r.stderr}`)
  }
}

/** A reviewer's client: logs in through the review function (as the admin page does). */
export async function reviewerClient(base: string, username: string): Promise<ApiClient> {
  const c = new ApiClient(base)
  const r = await c.call<{ token: string }>('review', { action: 'login', username, password: REVIEWER_PASSWORD })
  c.token = data(r).token
  return c
}

/** A checksum-valid 河南 resident ID for test person `n`. */
export function henanId(n: number): string {
  const first17 = `410105199${n % 10}0${1 + (n % 9)}1${n % 10}${String(100 + (n % 900)).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

/**
 * A personal 首次备案 in 河南 filled in completely and submitted for 初审
 * through the filing function, as the applicant's wizard does it.
 */
export async function submittedOrder(api: ApiClient, n: number, opts: { submit?: boolean } = {}): Promise<string> {
  const cert = henanId(n)
  const domain = `review-${n}.com`
  const mobile = `1370371${String(1000 + n).slice(-4)}`
  const created = data(await api.call<{ _id: string }>('filing', { action: 'createOrder', province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: cert, domain, product: { kind: 'SERVER_IP', ip: '81.70.10.2' } }))
  const orderId = created._id
  const principal = { name: '测试人', certificateType: 'RESIDENT_ID', certificateNumber: cert, certificateValidTo: 'LONG_TERM', mobile, email: `${mobile}@example.com` }
  data(await api.call('filing', { action: 'saveSubject', orderId, subject: { name: '测试人', certificateAddress: '河南省郑州市金水区测试路8号', mailingAddress: '河南省郑州市金水区测试路8号2单元302', principal } }))
  data(await api.call('filing', { action: 'saveWebsites', orderId, websites: [{ id: 'w1', name: '测试人读书笔记', domains: [domain], ipRanges: [{ start: '81.70.10.2', end: '81.70.10.2' }], serviceType: 'WEBSITE', contentTypes: ['OTHER'], languages: ['ZH_HANS'], preApprovals: [], principal: 'SAME_AS_SUBJECT', remark: '个人读书笔记' }] }))
  const front = await upload(api, await documentPhoto())
  const back = await upload(api, await documentPhoto(1000, 630))
  data(await api.call('filing', { action: 'saveMaterials', orderId, materials: [{ kind: 'SUBJECT_PRINCIPAL_ID_FRONT', fileID: front }, { kind: 'SUBJECT_PRINCIPAL_ID_BACK', fileID: back }] }))
  data(await api.call('filing', { action: 'saveVerification', orderId, fileID: await upload(api, await portrait()) }))
  if (opts.submit !== false) data(await api.call('filing', { action: 'submitOrder', orderId, agreementsAccepted: true }))
  return orderId
}

/** Logs a reviewer in on the admin page and waits for the queue. */
export async function loginAdmin(page: import('playwright-core').Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/admin/`)
  await page.fill('#username', username)
  await page.fill('#password', REVIEWER_PASSWORD)
  await page.click('#login')
  await page.waitForSelector('#tab-INITIAL')
}
