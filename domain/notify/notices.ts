import { ORDER_TYPE_LABELS, type Order, type OrderEvent } from '../../types/order'
import { ORDER_STATUS_LABELS } from '../../types/order-status'
import { normalizeMobile } from '../rules/contact'
import { websitePrincipal } from '../sms/recipients'
import { chinaClock } from '../sms/time'
import TEMPLATES from '../data/notification-templates.json'

export type NoticeTemplate = keyof typeof TEMPLATES.templates

export const NOTICE_TEMPLATES = Object.keys(TEMPLATES.templates) as NoticeTemplate[]

/** Someone a notice goes to: by SMS (phone), e-mail and WeChat subscribe message (openid), as far as known. */
export interface NoticeRecipient {
  name?: string
  phone?: string
  email?: string
  openid?: string
}

/**
 * A message to send about an order. `key` makes it idempotent: the same event
 * always yields the same key, so a retried event never sends twice.
 */
export interface Notice {
  key: string
  orderId: string
  template: NoticeTemplate
  params: Record<string, string>
  recipients: NoticeRecipient[]
}

/** What the cloud layer knows beyond the order: e.g. the verification deadline and page. */
export interface NoticeContext {
  windowHours: number
  deadline?: string
  verifyUrl?: string
  smsPhones?: string[]
}

/** The applicant: the account owner, reached at the 主体负责人's mobile and e-mail. */
export function applicantContact(order: Order): NoticeRecipient {
  const p = order.subject.principal
  return {
    openid: order.ownerOpenid,
    ...(p?.name ? { name: p.name } : order.subject.name ? { name: order.subject.name } : {}),
    ...(p?.mobile ? { phone: normalizeMobile(p.mobile) } : {}),
    ...(p?.email ? { email: p.email.trim() } : {})
  }
}

/** 网站负责人 (by phone, without duplicates): told when the order goes to the 管局 (spec §7.9). */
function websiteContacts(order: Order, except: NoticeRecipient): NoticeRecipient[] {
  const seen = new Set([except.phone])
  const out: NoticeRecipient[] = []
  for (const w of order.websites) {
    const p = websitePrincipal(order, w)
    const phone = p?.mobile ? normalizeMobile(p.mobile) : undefined
    if (!phone || seen.has(phone)) continue
    seen.add(phone)
    out.push({ phone, ...(p?.name ? { name: p.name } : {}), ...(p?.email ? { email: p.email.trim() } : {}) })
  }
  return out
}

const reasonsOf = (order: Order) => order.feedback?.reasons.map((r) => r.message) ?? []

export function baseParams(order: Order, ctx: NoticeContext): Record<string, string> {
  const reasons = reasonsOf(order)
  const numbers = order.filingNumbers ? Object.values(order.filingNumbers.websites) : []
  return {
    orderId: order._id,
    domain: order.identity.domain.unicode,
    typeLabel: TYPE_LABELS[order.type] ?? order.type,
    name: order.subject.principal?.name ?? order.subject.name ?? '您',
    windowHours: String(ctx.windowHours),
    reasonList: reasons.map((r, i) => `${i + 1}. ${r}`).join('\n'),
    reasonsShort: truncate(reasons.join('；') || '详见小程序', 40),
    deadline: ctx.deadline ? chinaClock(new Date(ctx.deadline)) : '',
    verifyUrl: ctx.verifyUrl ?? 'https://beian.miit.gov.cn',
    phones: (ctx.smsPhones ?? []).join('、'),
    subjectNumber: order.filingNumbers?.subject ?? '',
    websiteNumbers: numbers.join('、'),
    firstWebsiteNumber: numbers[0] ?? order.filingNumbers?.subject ?? '',
    requestReason: order.requestReason ?? '',
    requestReasonShort: truncate(order.requestReason ?? '', 40)
  }
}

// Messages are short: both 新增网站 variants read 新增网站.
const TYPE_LABELS: Record<string, string> = { ...ORDER_TYPE_LABELS, ADD_SITE_OURS: '新增网站', ADD_SITE_OTHER: '新增网站' }

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)

/** Which template an order event sends, if it matters to the applicant (spec §7.9). */
function templateFor(event: OrderEvent): NoticeTemplate | null {
  switch (event.type) {
    case 'InitialReviewApproved':
      return event.to === 'APPROVED' ? 'REGULATOR_APPROVED' : 'INITIAL_APPROVED'
    case 'MaterialsRequested':
      return 'MATERIALS_REQUESTED'
    case 'InitialReviewRejected':
    case 'SentBackForModification':
      return 'INITIAL_REJECTED'
    case 'SubmittedToRegulator':
    case 'ResubmittedToRegulator':
      return event.to === 'SMS_VERIFICATION' ? 'SMS_WINDOW_OPEN' : 'SUBMITTED_TO_REGULATOR'
    case 'SmsVerificationCompleted':
      return 'SMS_WINDOW_DONE'
    case 'ReturnedByRegulator':
      return 'SMS_WINDOW_RETURNED'
    case 'RegulatorApproved':
      return 'REGULATOR_APPROVED'
    case 'RegulatorRejected':
      return 'REGULATOR_REJECTED'
    case 'Expired':
      return 'EXPIRED'
    case 'PassiveCancellationStarted':
      return 'PASSIVE_CANCELLATION'
    default:
      return null
  }
}

/** The notices an order event sends: none for events that do not matter to the applicant. */
export function noticesFor(order: Order, event: OrderEvent, ctx: NoticeContext, idleDays = 45): Notice[] {
  const template = templateFor(event)
  if (!template) return []
  const applicant = applicantContact(order)
  // Going to the 管局 is told to the 网站负责人 too (seed §12: 网站负责人 and the account's phone).
  const recipients = template === 'SMS_WINDOW_OPEN' || template === 'SUBMITTED_TO_REGULATOR' ? [applicant, ...websiteContacts(order, applicant)] : [applicant]
  return [{ key: `${order._id}:v${event.version}:${template}`, orderId: order._id, template, params: { ...baseParams(order, ctx), idleDays: String(idleDays) }, recipients }]
}

/** 45-day expiry warning: once per idle stretch (keyed by the last progress time). */
export function expiryWarning(order: Order, now: Date, idleDaysToExpire: number, ctx: NoticeContext): Notice {
  const expiresAt = new Date(Date.parse(order.lastProgressAt) + idleDaysToExpire * 24 * 3600_000)
  const idleDays = Math.floor((now.getTime() - Date.parse(order.lastProgressAt)) / (24 * 3600_000))
  return {
    key: `${order._id}:idle-since:${order.lastProgressAt}:EXPIRY_WARNING`,
    orderId: order._id,
    template: 'EXPIRY_WARNING',
    params: { ...baseParams(order, ctx), idleDays: String(idleDays), expiresOn: chinaClock(expiresAt), statusLabel: ORDER_STATUS_LABELS[order.status] },
    recipients: [applicantContact(order)]
  }
}

/** Fills `{placeholders}`; unknown ones stay visible so a template mistake shows. */
export const renderText = (text: string, params: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? params[k] : m))

export const noticeTemplate = (t: NoticeTemplate) => TEMPLATES.templates[t]
