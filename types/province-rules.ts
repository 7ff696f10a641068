import { z } from 'zod'

/**
 * The shape of per-province filing rules (spec §4.16–4.18). The values live in
 * domain/data/province-rules.json — one file a maintainer edits — and are
 * validated against this schema when loaded.
 */
const count = z.number().int().positive()

export const provinceRuleSet = z
  .object({
    /** Hours the principals have to answer the MIIT SMS (§7.5). */
    smsWindowHours: count,
    /** Upper bound of 管局 review in working days (§7.6). */
    regulatorReviewMaxWorkingDays: count,
    maxWebsitesPerOrder: z.object({ unit: count, personal: count }).strict(),
    maxDomainsPerOrder: count.nullable(),
    maxDomainsPerWebsite: count.nullable(),
    /** More domains than this in one order need a 网站建设方案书. */
    constructionPlanDomainThreshold: count.nullable(),
    /** 党建证明 for 首次备案 and 新增网站 (新疆、西藏). */
    partyBuildingLetter: z.boolean(),
    /** A province-specific letter every application carries (广东 承诺书, 江苏 真实性承诺书). */
    commitmentLetter: z.enum(['GUANGDONG_COMMITMENT', 'JIANGSU_AUTHENTICITY']).nullable(),
    /** A 空壳主体 may add a website directly (§2.3, B14). */
    shellSubjectMayAddSite: z.boolean(),
    /** Personal filing with an ID from another province (§4.17). */
    crossProvincePersonal: z.enum(['FORBIDDEN', 'RESIDENCE_PERMIT', 'STUDY_WORK_PROOF', 'ALLOWED']),
    /** Principals' mobiles must be numbers of this province (§4.11 C10). */
    mobileMustBeLocal: z.boolean(),
    minAge: count,
    /** Certificates (ID card, business licence) must stay valid this many months after submission (§5.3). */
    certificateMinValidityMonths: count,
    /** 办公电话 must be a landline (江苏, §4.7). */
    landlineRequired: z.boolean(),
    /** 办公电话 must differ from the principal's mobile (辽宁、吉林、北京). */
    officePhoneMustDifferFromMobile: z.boolean(),
    emergencyPhoneRequired: z.boolean(),
    /** 主体负责人 of a unit and the legal representative (§4.11 C01). */
    subjectPrincipal: z.enum(['LEGAL_REP_REQUIRED', 'AUTH_LETTER_ALLOWED', 'ANY_PERSON']),
    /** A 网站负责人 who is not the legal representative needs an authorisation letter (C02). */
    websitePrincipalAuthLetter: z.boolean(),
    /** When the 主体负责人 is not the legal rep, the 网站负责人 must be the same person (C03). */
    websitePrincipalMustMatchIfNotLegalRep: z.boolean(),
    /** 通信地址 and 证件住所 in the same city, not only the same province (§4.8). */
    addressSameCity: z.boolean(),
    domainCertificateRequired: z.object({ personal: z.boolean(), unit: z.boolean() }).strict(),
    /** The domain holder must be the unit itself, not its legal representative (宁夏、西藏). */
    domainHolderMustBeUnit: z.boolean(),
    /** A phone / principal ID may not appear in another subject's filings (四川、新疆, C07–C08). */
    contactsUniqueAcrossSubjects: z.boolean(),
    /** 党政机关 must use .gov.cn/.政务, 事业单位 .cn/.公益 (§4.1). */
    governmentSuffixRule: z.boolean(),
    /** 变更 of the 主体负责人 (法定代表人) must be filed as 变更备案 (both) with a new 网站负责人授权书 (湖南、贵州, seed ch. 5). */
    legalRepChangeNeedsChangeBoth: z.boolean(),
    /** 短信核验 with a 港澳居民来往内地通行证 takes the last 6 of the HK/Macao identity card, not of the permit (浙江, §4.4). */
    smsUsesHkMacaoIdentityCard: z.boolean()
  })
  .strict()

export type ProvinceRuleSet = z.infer<typeof provinceRuleSet>

export const provinceRulesFile = z
  .object({
    $comment: z.string().optional(),
    defaults: provinceRuleSet,
    provinces: z.record(
      z.string().regex(/^\d{2}$/),
      provinceRuleSet.partial().extend({ name: z.string(), $sources: z.string().optional() })
    )
  })
  .strict()
