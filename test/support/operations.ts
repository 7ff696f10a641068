import { data } from './api'
import { type ApiClient, type Envelope } from './runtime'

export type FiledSubjectRow = {
  subjectNumber: string
  name?: string
  filedWithUs: boolean
  blockedBecause: string | null
  cancelSubjectBlockedBecause: string | null
  websites: Array<{ websiteNumber: string; name?: string; domains: string[]; accessedByUs: boolean; shell: boolean }>
}

/** A client of the local sandbox demo account (it owns the filed subject 豫ICP备2024000101号). */
export async function demoClient(api: typeof ApiClient, base: string): Promise<ApiClient> {
  const res = await fetch(`${base}/api/auth/applicant`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sandboxAccount: 'demo' }) })
  const body = (await res.json()) as Envelope<{ token: string }>
  return new api(base, data(body).token)
}

export const filings = async (applicant: ApiClient) => data(await applicant.call<FiledSubjectRow[]>('filing', { action: 'listFilings' }))

/**
 * A reviewer takes an order from wherever it is (submitted, or waiting for
 * the 管局) all the way: 初审通过, the applicant's
 * confirmation where the type needs it, 提交管局, 短信核验, and the sandbox
 * regulator's approval. Returns the final status.
 */
export async function approveThrough(reviewer: ApiClient, applicant: ApiClient, orderId: string): Promise<string> {
  const status = async () => data(await applicant.call<{ status: string }>('filing', { action: 'getOrder', orderId })).status
  if (['PENDING_INITIAL_REVIEW', 'RESUBMITTED'].includes(await status())) {
    data(await reviewer.call('review', { action: 'claim', orderId }))
    data(await reviewer.call('review', { action: 'approve', orderId }))
  }
  if ((await status()) === 'APPROVED') return 'APPROVED' // 认领备案 ends here
  if ((await status()) === 'AWAITING_APPLICANT_CONFIRMATION') data(await applicant.call('filing', { action: 'confirmOrder', orderId }))
  if ((await status()) === 'PENDING_SUBMISSION') {
    data(await reviewer.call('review', { action: 'claim', orderId }))
    data(await reviewer.call('review', { action: 'submitToRegulator', orderId }))
  }
  if ((await status()) === 'SMS_VERIFICATION') {
    data(await reviewer.call('review', { action: 'claim', orderId }))
    data(await reviewer.call('review', { action: 'recordSmsCompleted', orderId }))
  }
  data(await reviewer.call('review', { action: 'sandboxRegulatorApprove', orderId }))
  return status()
}
