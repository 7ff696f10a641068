import type { FieldChange, WebsiteDraft } from '../../types/order'

/** What the order's fields are called on screen (申请人 and 备案专员 alike). */
export const PRINCIPAL_FIELDS = {
  name: '姓名',
  certificateType: '证件类型',
  certificateNumber: '证件号码',
  certificateValidTo: '证件有效期',
  hkMacaoIdNumber: '港澳居民身份证号码',
  mobile: '手机号码',
  officePhone: '办公电话',
  emergencyPhone: '应急联系电话',
  email: '电子邮箱'
} as const

export const SUBJECT_FIELDS = {
  name: '主办单位名称',
  certificateAddress: '证件住所',
  mailingAddress: '通信地址',
  investor: '投资人或主管单位',
  legalRepresentative: '法定代表人',
  remark: '主体备注'
} as const

export const WEBSITE_FIELDS = {
  name: '网站名称',
  domains: '网站域名',
  homepageUrl: '首页网址',
  ipRanges: 'IP 地址',
  serviceType: '服务类型',
  contentTypes: '服务内容',
  languages: '网站语言',
  preApprovals: '前置审批',
  principal: '网站负责人',
  remark: '网站备注'
} as const

const pick = (table: Record<string, string>, key: string | undefined) => (key && key in table ? table[key] : key ?? '')

/** A readable name for a changed field path such as `subject.principal.mobile` or `websites.w1.name`. */
export function fieldLabel(path: string, websites: readonly WebsiteDraft[] = []): string {
  const [head, a, b, c] = path.split('.')
  if (head === 'subject') return a === 'principal' ? `主体负责人${pick(PRINCIPAL_FIELDS, b)}` : pick(SUBJECT_FIELDS, a)
  if (head === 'websites') {
    const w = websites.find((x) => x.id === a)
    const site = w?.name?.trim() || w?.domains?.[0] || a
    if (b === 'principal' && c) return `${site}：网站负责人${pick(PRINCIPAL_FIELDS, c)}`
    return `${site}：${pick(WEBSITE_FIELDS, b)}`
  }
  return path
}

/** A value as a person reads it in a before/after list. */
export function displayValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '（空）'
  if (v === 'SAME_AS_SUBJECT') return '同主体负责人'
  if (v === 'LONG_TERM') return '长期'
  if (Array.isArray(v)) return v.map(displayValue).join('、') || '（空）'
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if ('start' in o && 'end' in o) return o.start === o.end ? String(o.start) : `${o.start}-${o.end}`
    if ('name' in o) return String(o.name)
    return Object.values(o).map(displayValue).join(' ')
  }
  return String(v)
}

/** Changes grouped per field as the applicant and reviewer see them. */
export const describeChanges = (changes: readonly FieldChange[], websites: readonly WebsiteDraft[]) =>
  changes.map((c) => ({ path: c.path, label: fieldLabel(c.path, websites), before: displayValue(c.before), after: displayValue(c.after) }))
