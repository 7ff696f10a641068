import { isPersonalCertificate } from '../../types/certificate'
import type { Order, PrincipalDraft, WebsiteDraft } from '../../types/order'
import { CONTENT_TYPES, LANGUAGES, PERSONAL_CONTENT_TYPES, PRE_APPROVAL_TYPES, SERVICE_TYPES } from '../../types/website-options'
import { provinceRules } from '../province-rules'
import { checkCertificateNumber } from '../rules/certificate-number'
import { isEmail, isLandline, isMobile, isOfficePhone, normalizeMobile } from '../rules/contact'
import { parseFilingDomain } from '../rules/domain-name'
import { addressProvince } from '../rules/address'
import { ipRangesProblem } from '../rules/ip-range'
import { websiteNameProblem } from '../rules/website-name'
import { isHkMacaoId, usesHkMacaoIdentityCard } from '../rules/hk-macao-identity'
import { chinaDate } from '../time'
import { changeProblems, isChange } from './change-rules'
import { filedRecordProblems } from './filed-record-rules'
import { missingMaterials } from './materials'

export type WizardStep = 'subject' | 'websites' | 'materials' | 'verification'

/**
 * Facts from outside the order that some rules need, looked up by the cloud
 * layer before submission (the pre-check itself stays pure):
 * - the home province of each principal's mobile (号码归属地, C10), null when unknown;
 * - the principals of other subjects that share a mobile or a certificate with this order (C07/C08).
 */
export interface PrecheckFacts {
  mobileProvinces?: Record<string, string | null>
  otherSubjectsPrincipals?: Array<{ subjectCertificateKey: string; certificateNumber?: string; mobile?: string }>
}

/** Something that would get the order rejected, and where to fix it. */
export interface Problem {
  code: string
  message: string
  step: WizardStep
  field?: string
}

const NEEDS_SUBJECT_ENTRY = ['FIRST_FILING', 'ADD_ACCESS', 'ADD_SITE_OTHER', 'CLAIM', 'CHANGE_SUBJECT', 'CHANGE_BOTH']
const NEEDS_WEBSITES = ['FIRST_FILING', 'ADD_ACCESS', 'ADD_SITE_OURS', 'ADD_SITE_OTHER', 'CHANGE_WEBSITE', 'CHANGE_BOTH']
const NEEDS_VERIFICATION = NEEDS_WEBSITES

const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

function principalProblems(p: PrincipalDraft | undefined, where: string, step: WizardStep, who: string, province: string, today: string): Problem[] {
  const rules = provinceRules(province)
  const out: Problem[] = []
  const problem = (code: string, field: string, message: string) => out.push({ code, step, field: `${where}.${field}`, message: `${who}：${message}` })
  if (!p) return [{ code: 'PRINCIPAL.MISSING', step, field: where, message: `请填写${who}信息` }]
  if (!p.name?.trim()) problem('PRINCIPAL.NAME_REQUIRED', 'name', '请填写姓名')
  if (!p.certificateType || !isPersonalCertificate(p.certificateType)) problem('PRINCIPAL.CERTIFICATE_TYPE', 'certificateType', '请选择个人证件类型（身份证、护照等）')
  else {
    const n = checkCertificateNumber(p.certificateType, p.certificateNumber ?? '', today)
    if (!n.ok) problem(n.violation.code, 'certificateNumber', n.violation.message)
  }
  if (!p.certificateValidTo) problem('PRINCIPAL.VALIDITY_REQUIRED', 'certificateValidTo', '请填写证件有效期（长期有效请选择“长期”）')
  else if (p.certificateValidTo !== 'LONG_TERM') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.certificateValidTo)) problem('PRINCIPAL.VALIDITY_INVALID', 'certificateValidTo', '证件有效期格式应为 YYYY-MM-DD')
    else if (p.certificateValidTo < today) problem('R33', 'certificateValidTo', '证件已过期，请使用有效证件')
    else if (p.certificateValidTo < addMonths(today, rules.certificateMinValidityMonths))
      problem('R33', 'certificateValidTo', `证件有效期不足 ${rules.certificateMinValidityMonths} 个月，请先更换证件`)
  }
  if (usesHkMacaoIdentityCard(p, province)) {
    if (!p.hkMacaoIdNumber?.trim()) problem('PRINCIPAL.HK_MACAO_ID', 'hkMacaoIdNumber', '本省管局短信核验时须输入港澳居民身份证号码后 6 位：请填写通行证背面的港澳居民身份证号码')
    else if (!isHkMacaoId(p.hkMacaoIdNumber)) problem('PRINCIPAL.HK_MACAO_ID', 'hkMacaoIdNumber', '港澳居民身份证号码格式不正确，如 A123456(7) 或 1234567(8)')
  }
  if (!p.mobile || !isMobile(p.mobile)) problem('PRINCIPAL.MOBILE', 'mobile', '请填写正确的 11 位手机号码')
  if (p.officePhone && !isOfficePhone(p.officePhone, rules.landlineRequired))
    problem('PRINCIPAL.OFFICE_PHONE', 'officePhone', rules.landlineRequired ? '办公电话须为固定电话（如 025-12345678）' : '办公电话格式不正确')
  if (rules.landlineRequired && !p.officePhone) problem('PRINCIPAL.OFFICE_PHONE', 'officePhone', '本省管局要求填写固定电话')
  if (rules.officePhoneMustDifferFromMobile && p.officePhone && p.mobile && normalizeMobile(p.officePhone) === normalizeMobile(p.mobile))
    problem('R20', 'officePhone', '办公电话不能与手机号码相同')
  if (rules.emergencyPhoneRequired && !p.emergencyPhone) problem('PRINCIPAL.EMERGENCY_PHONE', 'emergencyPhone', '本省管局要求填写应急联系电话')
  if (p.emergencyPhone && !isMobile(p.emergencyPhone) && !isLandline(p.emergencyPhone)) problem('PRINCIPAL.EMERGENCY_PHONE', 'emergencyPhone', '应急联系电话格式不正确')
  if (p.emergencyPhone && p.mobile && normalizeMobile(p.emergencyPhone) === normalizeMobile(p.mobile)) problem('R20', 'emergencyPhone', '应急联系电话不能与负责人手机号码相同')
  if (!p.email || !isEmail(p.email)) problem('PRINCIPAL.EMAIL', 'email', '请填写正确的电子邮箱')
  return out
}

const samePerson = (a: PrincipalDraft | undefined, b: PrincipalDraft | undefined) =>
  !!a?.certificateNumber && a.certificateNumber.toUpperCase() === b?.certificateNumber?.toUpperCase()

function websiteProblems(w: WebsiteDraft, order: Order, today: string): Problem[] {
  const { identity } = order
  const personal = identity.hostNature === 'PERSONAL'
  const rules = provinceRules(identity.province)
  const label = `网站“${w.name?.trim() || w.id}”`
  const out: Problem[] = []
  const at = (field: string) => `websites.${w.id}.${field}`
  const problem = (code: string, field: string, message: string) => out.push({ code, step: 'websites', field: at(field), message: `${label}：${message}` })

  const domains = w.domains ?? []
  const nameProblem = websiteNameProblem(w.name ?? '', identity.hostNature, domains)
  if (nameProblem) problem('R06', 'name', nameProblem)
  if (domains.length === 0) problem('WEBSITE.DOMAIN_REQUIRED', 'domains', '请至少填写一个域名')
  for (const d of domains) {
    const parsed = parseFilingDomain(d)
    if (!parsed.ok) problem(parsed.violation.code, 'domains', `${d}：${parsed.violation.message}`)
  }
  if (rules.maxDomainsPerWebsite !== null && domains.length > rules.maxDomainsPerWebsite)
    problem('WEBSITE.TOO_MANY_DOMAINS', 'domains', `本省管局要求每个网站最多 ${rules.maxDomainsPerWebsite} 个域名`)
  const ip = ipRangesProblem(w.ipRanges ?? [])
  if (ip) problem('WEBSITE.IP_RANGE', 'ipRanges', ip)
  if (!w.serviceType || !(w.serviceType in SERVICE_TYPES)) problem('WEBSITE.SERVICE_TYPE', 'serviceType', '请选择服务类型')
  const contents = w.contentTypes ?? []
  if (contents.length === 0 || contents.some((c) => !(c in CONTENT_TYPES))) problem('WEBSITE.CONTENT_TYPE', 'contentTypes', '请选择网站服务内容')
  else if (personal && contents.some((c) => !PERSONAL_CONTENT_TYPES.includes(c)))
    problem('R34', 'contentTypes', '个人网站的服务内容只能选择“博客/个人空间”或“其他”')
  const languages = w.languages ?? []
  if (languages.length === 0 || languages.some((l) => !(l in LANGUAGES))) problem('WEBSITE.LANGUAGE', 'languages', '请选择网站语言')
  const approvals = w.preApprovals ?? []
  if (personal && approvals.length) problem('R34', 'preApprovals', '个人备案不能涉及前置审批内容，如网站涉及请以单位主体备案')
  for (const a of approvals) {
    if (!(a.type in PRE_APPROVAL_TYPES)) problem('WEBSITE.PRE_APPROVAL', 'preApprovals', '前置审批类型不正确')
    else if (!a.number?.trim() || !a.fileID) problem('R08', 'preApprovals', `请填写“${PRE_APPROVAL_TYPES[a.type as keyof typeof PRE_APPROVAL_TYPES]}”的审批号并上传审批文件`)
  }
  const subjectPrincipal = order.subject.principal
  const subjectIsLegalRep = !!subjectPrincipal?.name && subjectPrincipal.name.trim() === order.subject.legalRepresentative?.trim()
  if (!personal && rules.websitePrincipalMustMatchIfNotLegalRep && subjectPrincipal?.name && !subjectIsLegalRep && w.principal && w.principal !== 'SAME_AS_SUBJECT' && !samePerson(w.principal, subjectPrincipal))
    problem('R39', 'principal', '本省管局要求：主体负责人不是法定代表人时，网站负责人须与主体负责人为同一人')
  if (w.principal && w.principal !== 'SAME_AS_SUBJECT') {
    out.push(...principalProblems(w.principal, at('principal'), 'websites', `${label}的负责人`, identity.province, today))
    const s = order.subject.principal
    if (!samePerson(w.principal, s)) {
      // C05: different people must have different phones and e-mail addresses.
      if (w.principal.mobile && s?.mobile && normalizeMobile(w.principal.mobile) === normalizeMobile(s.mobile))
        problem('R20', 'principal.mobile', '网站负责人与主体负责人不是同一人时，手机号码不能相同')
      if (w.principal.email && s?.email && w.principal.email.trim().toLowerCase() === s.email.trim().toLowerCase())
        problem('R20', 'principal.email', '网站负责人与主体负责人不是同一人时，电子邮箱不能相同')
    }
  }
  return out
}

/**
 * 提交前预检: every problem that would get this order rejected, each with the
 * wizard step where it is fixed (spec §4, §5, §6, §8.4). Empty: ready to submit.
 */
export function precheck(order: Order, now: Date, facts: PrecheckFacts = {}): Problem[] {
  const today = chinaDate(now)
  const { identity, type } = order
  const personal = identity.hostNature === 'PERSONAL'
  const rules = provinceRules(identity.province)
  const out: Problem[] = []

  if (NEEDS_SUBJECT_ENTRY.includes(type)) {
    const s = order.subject
    const need = (field: keyof typeof s, message: string) => {
      if (!(s[field] as string | undefined)?.toString().trim()) out.push({ code: 'SUBJECT.REQUIRED', step: 'subject', field: `subject.${field}`, message })
    }
    need('name', personal ? '请填写主办者姓名' : '请填写主办单位名称（与证件一致）')
    need('certificateAddress', '请填写证件住所（证件上的地址）')
    need('mailingAddress', '请填写通信地址，精确到门牌号或房间号')
    if (!personal) {
      need('investor', '请填写投资人或主管单位全称')
      need('legalRepresentative', '请填写法定代表人姓名')
    }
    out.push(...principalProblems(s.principal, 'subject.principal', 'subject', '主体负责人', identity.province, today))
    if (personal && s.principal?.certificateNumber && s.principal.certificateNumber.toUpperCase() !== identity.certificateNumber)
      out.push({ code: 'SUBJECT.PRINCIPAL_MISMATCH', step: 'subject', field: 'subject.principal.certificateNumber', message: '个人备案的负责人须为本人：证件号码须与验证备案类型时填写的一致' })
    // Addresses (§4.8): 通信地址 and 证件住所 in one province; a unit's in its filing province.
    const certProvince = s.certificateAddress ? addressProvince(s.certificateAddress) : null
    const mailProvince = s.mailingAddress ? addressProvince(s.mailingAddress) : null
    if (certProvince && mailProvince && certProvince !== mailProvince)
      out.push({ code: 'SUBJECT.ADDRESS_PROVINCE', step: 'subject', field: 'subject.mailingAddress', message: '通信地址与证件住所须在同一省份' })
    if (!personal && certProvince && certProvince !== identity.province)
      out.push({ code: 'R09', step: 'subject', field: 'subject.certificateAddress', message: '单位证件住所不在备案省份：单位须在证件登记地所在省份备案' })
    if (!personal && rules.subjectPrincipal === 'LEGAL_REP_REQUIRED' && s.principal?.name && s.legalRepresentative && s.principal.name.trim() !== s.legalRepresentative.trim())
      out.push({ code: 'R16', step: 'subject', field: 'subject.principal.name', message: '本省管局要求主体负责人为法定代表人' })
  }

  if (NEEDS_WEBSITES.includes(type)) {
    const max = personal ? rules.maxWebsitesPerOrder.personal : rules.maxWebsitesPerOrder.unit
    if (order.websites.length === 0) out.push({ code: 'WEBSITE.REQUIRED', step: 'websites', field: 'websites', message: '请至少填写一个网站' })
    if (order.websites.length > max) out.push({ code: 'WEBSITE.TOO_MANY', step: 'websites', field: 'websites', message: `本省管局要求每个订单最多 ${max} 个网站` })
    const all = order.websites.flatMap((w) => (w.domains ?? []).map((d) => parseFilingDomain(d)).flatMap((r) => (r.ok ? [r.value.ascii] : [])))
    // In a 变更 domains may be deleted, the one typed at type verification too.
    if (!isChange(type) && !all.includes(identity.domain.ascii))
      out.push({ code: 'WEBSITE.VERIFIED_DOMAIN_MISSING', step: 'websites', field: 'websites', message: `验证备案类型时填写的域名 ${identity.domain.unicode} 须包含在网站信息中` })
    const dup = all.find((d, i) => all.indexOf(d) !== i)
    if (dup) out.push({ code: 'WEBSITE.DUPLICATE_DOMAIN', step: 'websites', field: 'websites', message: `域名 ${dup} 重复填写` })
    if (rules.maxDomainsPerOrder !== null && all.length > rules.maxDomainsPerOrder)
      out.push({ code: 'WEBSITE.TOO_MANY_DOMAINS', step: 'websites', field: 'websites', message: `本省管局要求每个订单最多 ${rules.maxDomainsPerOrder} 个域名` })
    for (const w of order.websites) out.push(...websiteProblems(w, order, today))
    // 党政机关 use .gov.cn/.政务, 事业单位 .cn/.公益 where the province requires it (§4.1).
    if (rules.governmentSuffixRule && (identity.hostNature === 'GOVERNMENT' || identity.hostNature === 'PUBLIC_INSTITUTION')) {
      const fits = (suffix: string) =>
        identity.hostNature === 'GOVERNMENT'
          ? ['gov.cn', '政务', '政务.cn'].includes(suffix)
          : suffix === 'cn' || suffix.endsWith('.cn') || suffix === '公益'
      for (const w of order.websites)
        for (const d of w.domains ?? []) {
          const p = parseFilingDomain(d)
          if (p.ok && !fits(p.value.suffix))
            out.push({ code: 'WEBSITE.GOVERNMENT_SUFFIX', step: 'websites', field: `websites.${w.id}.domains`, message: `本省管局要求${identity.hostNature === 'GOVERNMENT' ? '党政机关使用 .gov.cn 或 .政务' : '事业单位使用 .cn 或 .公益'} 域名：${d} 不符合` })
        }
    }
  }

  out.push(...changeProblems(order))
  out.push(...filedRecordProblems(order))
  out.push(...crossSubjectProblems(order, facts))

  for (const m of missingMaterials(order))
    out.push({ code: 'MATERIAL.MISSING', step: 'materials', field: `materials.${m.kind}${m.websiteId ? `.${m.websiteId}` : ''}`, message: `请上传${m.label}：${m.reason}` })

  if (NEEDS_VERIFICATION.includes(type) && order.verification?.status !== 'PASSED')
    out.push({ code: 'R29', step: 'verification', field: 'verification', message: '请网站负责人完成真实性核验' })
  return out
}

/** Every principal of the order with where it is entered. */
function principalsOf(order: Order): Array<{ p: PrincipalDraft; field: string; step: WizardStep; who: string }> {
  const out: Array<{ p: PrincipalDraft; field: string; step: WizardStep; who: string }> = []
  if (order.subject.principal) out.push({ p: order.subject.principal, field: 'subject.principal', step: 'subject', who: '主体负责人' })
  for (const w of order.websites)
    if (w.principal && w.principal !== 'SAME_AS_SUBJECT') out.push({ p: w.principal, field: `websites.${w.id}.principal`, step: 'websites', who: `网站“${w.name?.trim() || w.id}”的负责人` })
  return out
}

/** Rules that need facts from outside the order: 号码归属地 (C10), phones and IDs of other subjects (C07/C08). */
function crossSubjectProblems(order: Order, facts: PrecheckFacts): Problem[] {
  const rules = provinceRules(order.identity.province)
  const out: Problem[] = []
  for (const { p, field, step, who } of principalsOf(order)) {
    const mobile = p.mobile ? normalizeMobile(p.mobile) : ''
    const home = mobile ? facts.mobileProvinces?.[mobile] : undefined
    if (rules.mobileMustBeLocal && home && home !== order.identity.province)
      out.push({ code: 'R17', step, field: `${field}.mobile`, message: `${who}：本省管局要求使用本省手机号码，${mobile} 的归属地不在备案省份` })
    for (const other of facts.otherSubjectsPrincipals ?? []) {
      if (other.subjectCertificateKey === order.certificateKey) continue
      const samePerson = !!other.certificateNumber && other.certificateNumber.toUpperCase() === p.certificateNumber?.toUpperCase()
      if (mobile && other.mobile === mobile && !samePerson)
        out.push({ code: 'R19', step, field: `${field}.mobile`, message: `${who}：手机号码 ${mobile} 已被其他主体的负责人用于备案，请更换号码` })
      if (rules.contactsUniqueAcrossSubjects && samePerson && step === 'websites')
        out.push({ code: 'R21', step, field: `${field}.certificateNumber`, message: `${who}：本省管局要求网站负责人的证件号码不能已用于其他主体的备案` })
    }
  }
  return out
}
