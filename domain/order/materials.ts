import { CERTIFICATE_LABELS } from '../../types/certificate'
import type { Order, PrincipalDraft, WebsiteDraft } from '../../types/order'
import { provinceByCode } from '../../types/province'
import { provinceRules } from '../province-rules'
import { changesOf, isChange, subjectPrincipalReplaced, websitePrincipalsReplaced } from './change-rules'

/** Kinds of uploaded material (上传资料, spec §5.2). */
export const MATERIAL_LABELS = {
  SUBJECT_CERTIFICATE: '主办单位证件',
  SUBJECT_PRINCIPAL_ID_FRONT: '主体负责人证件（人像面）',
  SUBJECT_PRINCIPAL_ID_BACK: '主体负责人证件（国徽面）',
  WEBSITE_PRINCIPAL_ID_FRONT: '网站负责人证件（人像面）',
  WEBSITE_PRINCIPAL_ID_BACK: '网站负责人证件（国徽面）',
  SUBJECT_PRINCIPAL_AUTH_LETTER: '主体负责人授权书',
  WEBSITE_PRINCIPAL_AUTH_LETTER: '网站负责人授权书',
  RESIDENCE_PROOF: '居住证或居住证明',
  PARTY_BUILDING_LETTER: '党建证明（网站党建备案信息确认函）',
  COMMITMENT_LETTER: '互联网信息服务备案承诺书',
  DOMAIN_CERTIFICATE: '域名证书',
  CONSTRUCTION_PLAN: '网站建设方案书'
} as const

export type MaterialKind = keyof typeof MATERIAL_LABELS

export interface RequiredMaterial {
  kind: MaterialKind
  label: string
  /** Why this case needs it, for the person uploading. */
  reason: string
  websiteId?: string
}

const NEW_FILING_TYPES = ['FIRST_FILING', 'ADD_ACCESS', 'ADD_SITE_OURS', 'ADD_SITE_OTHER']

const isLegalRep = (p: PrincipalDraft | undefined, legalRep: string | undefined) =>
  !!p?.name && !!legalRep && p.name.trim() === legalRep.trim()

const websitePrincipal = (w: WebsiteDraft, order: Order): PrincipalDraft | undefined =>
  w.principal === 'SAME_AS_SUBJECT' || w.principal === undefined ? order.subject.principal : w.principal

/**
 * The materials this order needs, from its type, host nature, province and
 * what was entered (spec §5.2 and the province rules).
 */
export function requiredMaterials(order: Order): RequiredMaterial[] {
  const { identity, type } = order
  const rules = provinceRules(identity.province)
  const province = provinceByCode(identity.province)?.name ?? ''
  const personal = identity.hostNature === 'PERSONAL'
  const out: RequiredMaterial[] = []
  const add = (kind: MaterialKind, reason: string, websiteId?: string) =>
    out.push({ kind, label: MATERIAL_LABELS[kind], reason, ...(websiteId ? { websiteId } : {}) })

  if (type === 'CLAIM') {
    add('SUBJECT_PRINCIPAL_ID_FRONT', '认领备案需上传主体负责人证件')
    return out
  }
  if (isChange(type)) {
    changeMaterials(order, add)
    return out
  }
  if (!NEW_FILING_TYPES.includes(type)) return out

  if (!personal) add('SUBJECT_CERTIFICATE', `上传${CERTIFICATE_LABELS[identity.certificateType]}原件的彩色照片或扫描件`)
  add('SUBJECT_PRINCIPAL_ID_FRONT', personal ? '上传本人证件原件的彩色照片' : '主体负责人（一般为法定代表人）证件')
  add('SUBJECT_PRINCIPAL_ID_BACK', personal ? '证件的另一面' : '主体负责人证件的另一面')

  if (!personal) {
    if (rules.subjectPrincipal === 'AUTH_LETTER_ALLOWED' && order.subject.principal?.name && !isLegalRep(order.subject.principal, order.subject.legalRepresentative))
      add('SUBJECT_PRINCIPAL_AUTH_LETTER', `${province}允许非法定代表人担任主体负责人，但须提供法定代表人签字并加盖公章的授权书`)
  }
  if (personal && identity.certificateType === 'RESIDENT_ID' && identity.certificateNumber.slice(0, 2) !== identity.province && rules.crossProvincePersonal !== 'ALLOWED')
    add(
      'RESIDENCE_PROOF',
      rules.crossProvincePersonal === 'STUDY_WORK_PROOF'
        ? `身份证非${province}签发，须提供在${province}学习、工作或居住的证明`
        : `身份证非${province}签发，须提供${province}的居住证`
    )
  if (rules.partyBuildingLetter && (type !== 'ADD_ACCESS' || identity.province === '65'))
    add('PARTY_BUILDING_LETTER', `${province}管局要求：首次备案和新增网站须提交当地网信办出具的党建证明`)
  if (rules.commitmentLetter)
    add(
      'COMMITMENT_LETTER',
      rules.commitmentLetter === 'GUANGDONG_COMMITMENT'
        ? '广东管局要求所有备案申请提交《互联网信息服务备案承诺书》（单位由法定代表人签字并盖章，个人本人签字并按手印）'
        : '江苏管局要求所有备案申请提交《ICP备案信息真实性承诺书》（由网站负责人签字）'
    )

  for (const w of order.websites) {
    const principal = websitePrincipal(w, order)
    if (w.principal && w.principal !== 'SAME_AS_SUBJECT') {
      add('WEBSITE_PRINCIPAL_ID_FRONT', `网站“${w.name ?? w.id}”的负责人证件`, w.id)
      add('WEBSITE_PRINCIPAL_ID_BACK', `网站“${w.name ?? w.id}”的负责人证件另一面`, w.id)
    }
    if (!personal && rules.websitePrincipalAuthLetter && principal?.name && !isLegalRep(principal, order.subject.legalRepresentative))
      add('WEBSITE_PRINCIPAL_AUTH_LETTER', `${province}管局要求：网站负责人不是法定代表人时须提供授权书`, w.id)
    if (personal ? rules.domainCertificateRequired.personal : rules.domainCertificateRequired.unit)
      add('DOMAIN_CERTIFICATE', `${province}管局要求提供域名证书`, w.id)
  }
  const domainCount = order.websites.reduce((n, w) => n + (w.domains?.length ?? 0), 0)
  if (rules.constructionPlanDomainThreshold !== null && domainCount > rules.constructionPlanDomainThreshold)
    add('CONSTRUCTION_PLAN', `本次备案域名超过 ${rules.constructionPlanDomainThreshold} 个，须提供网站建设方案书`)
  return out
}

/**
 * A 变更 needs new documents only for what changed (seed ch. 5, e.g. a new
 * licence scan when the 证件住所 changes; a new 网站负责人授权书 in 湖南/贵州
 * when the legal representative changes).
 */
function changeMaterials(order: Order, push: (kind: MaterialKind, reason: string, websiteId?: string) => void): void {
  const { identity } = order
  const rules = provinceRules(identity.province)
  const paths = changesOf(order).map((c) => c.path)
  const personal = identity.hostNature === 'PERSONAL'
  if (!personal && paths.some((p) => p === 'subject.name' || p === 'subject.certificateAddress' || p === 'subject.legalRepresentative'))
    push('SUBJECT_CERTIFICATE', `主办单位名称、证件住所或法定代表人变更：请上传变更后的${CERTIFICATE_LABELS[identity.certificateType]}彩色照片或扫描件`)
  const principalReplaced = subjectPrincipalReplaced(order)
  if (principalReplaced && paths.some((p) => p.startsWith('subject.principal.'))) {
    push('SUBJECT_PRINCIPAL_ID_FRONT', '主体负责人变更：请上传新负责人的证件（人像面）')
    push('SUBJECT_PRINCIPAL_ID_BACK', '主体负责人变更：请上传新负责人的证件（国徽面）')
  }
  for (const w of websitePrincipalsReplaced(order))
    if (w.principal && w.principal !== 'SAME_AS_SUBJECT') {
      push('WEBSITE_PRINCIPAL_ID_FRONT', `网站“${w.name ?? w.id}”的负责人变更：请上传新负责人的证件（人像面）`, w.id)
      push('WEBSITE_PRINCIPAL_ID_BACK', `网站“${w.name ?? w.id}”的负责人变更：请上传新负责人的证件（国徽面）`, w.id)
    }
  if (rules.legalRepChangeNeedsChangeBoth && principalReplaced)
    for (const w of order.websites) push('WEBSITE_PRINCIPAL_AUTH_LETTER', '本省管局要求：法定代表人变更时须提供新的网站负责人授权书', w.id)
  if (rules.commitmentLetter)
    push('COMMITMENT_LETTER', rules.commitmentLetter === 'GUANGDONG_COMMITMENT' ? '广东管局要求所有备案申请提交《互联网信息服务备案承诺书》' : '江苏管局要求所有备案申请提交《ICP备案信息真实性承诺书》')
}

/** Required materials not yet uploaded. */
export const missingMaterials = (order: Order): RequiredMaterial[] =>
  requiredMaterials(order).filter((m) => !order.materials.some((u) => u.kind === m.kind && (m.websiteId ? u.websiteId === m.websiteId : true)))
