import { PROVINCES } from '../types/province'
import { HOST_NATURE_INFO, HOST_NATURES } from '../types/host-nature'
import { CERTIFICATE_LABELS } from '../types/certificate'
import { ORDER_STATUS_LABELS, type OrderStatus } from '../types/order-status'

/** China time, as reviewers read it. */
const cst = (iso: string | number) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString()
export const dateTime = (iso: string | number) => cst(iso).slice(0, 16).replace('T', ' ')
export const time = (iso: string | number) => cst(iso).slice(11, 16)

export function waited(since: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60000))
  if (minutes < 60) return `${minutes} 分钟`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} 小时`
  return `${Math.floor(hours / 24)} 天 ${hours % 24} 小时`
}

export const SLA_LABEL = { OK: '正常', NEAR: '即将超时', PAST: '已超时' } as const
export const statusLabel = (s: string) => ORDER_STATUS_LABELS[s as OrderStatus] ?? s
export const certificateLabel = (c?: string) => (c ? (CERTIFICATE_LABELS as Record<string, string>)[c] ?? c : '')
export const PROVINCE_OPTIONS = PROVINCES.map((p) => ({ value: p.code, label: p.name }))
export const HOST_NATURE_OPTIONS = HOST_NATURES.map((n) => ({ value: n, label: HOST_NATURE_INFO[n].label }))
export const TYPE_OPTIONS = [
  ['FIRST_FILING', '首次备案'], ['ADD_ACCESS', '新增接入'], ['ADD_SITE_OURS', '新增网站（原备案在本接入商）'], ['ADD_SITE_OTHER', '新增网站（原备案在其他接入商）'],
  ['CLAIM', '认领备案'], ['CHANGE_SUBJECT', '变更主体'], ['CHANGE_WEBSITE', '变更网站'], ['CHANGE_BOTH', '变更备案'],
  ['CANCEL_ACCESS', '取消接入'], ['CANCEL_SUBJECT', '注销主体'], ['CANCEL_WEBSITE', '注销网站']
].map(([value, label]) => ({ value, label }))

export const ACTOR_LABEL = (a: { kind: string; username?: string }) =>
  a.kind === 'reviewer' ? `备案专员 ${a.username}` : a.kind === 'applicant' ? '申请人' : a.kind === 'regulator' ? '管局' : '系统'

export const EVENT_LABELS: Record<string, string> = {
  OrderCreated: '创建订单', PassiveCancellationStarted: '发起被动取消接入', SubjectSaved: '保存主体信息', WebsitesSaved: '保存网站信息', MaterialsSaved: '上传资料', VerificationRecorded: '真实性核验',
  SubmittedForReview: '提交初审', Withdrawn: '撤销备案', Abandoned: '放弃备案', Resubmitted: '修改后重新提交', ApplicantConfirmed: '申请人确认',
  InitialReviewApproved: '初审通过', MaterialsRequested: '待完善资料', InitialReviewRejected: '初审驳回', SubmittedToRegulator: '提交管局',
  SmsVerificationCompleted: '短信核验完成', ReturnedByRegulator: '管局退回', ResubmittedToRegulator: '重新提交管局', SentBackForModification: '退回申请人修改',
  RegulatorApproved: '管局审核通过', RegulatorRejected: '管局驳回', Expired: '订单过期', CallRecorded: '回访电话'
}
