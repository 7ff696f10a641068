/**
 * Certificate types (证件类型). Our names are stable API values; the MIIT form
 * code of a certificate depends on the host nature it is used with (spec §4.10),
 * so it lives in host-nature.ts.
 */
export const PERSONAL_CERTIFICATE_TYPES = [
  'RESIDENT_ID',
  'PASSPORT',
  'TAIWAN_PERMIT',
  'HK_MACAO_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT_ID',
  'HK_MACAO_RESIDENCE_PERMIT',
  'TAIWAN_RESIDENCE_PERMIT'
] as const

export const UNIT_CERTIFICATE_TYPES = [
  'BUSINESS_LICENSE',
  'ORG_CODE',
  'USCC',
  'FOREIGN_ENTERPRISE_REP_OFFICE',
  'PUBLIC_INSTITUTION_CERT',
  'SOCIAL_ORG_CERT',
  'PRIVATE_NON_ENTERPRISE_CERT',
  'SOCIAL_SERVICE_ORG_CERT',
  'PRIVATE_SCHOOL_PERMIT',
  'FOUNDATION_CERT',
  'LAW_FIRM_LICENSE',
  'FOREIGN_CULTURAL_CENTER_CERT',
  'FOREIGN_TOURISM_OFFICE_CERT',
  'EMBASSY_SCHOOL_PERMIT',
  'JUDICIAL_EXPERTISE_LICENSE',
  'RELIGIOUS_VENUE_CERT',
  'OVERSEAS_INSTITUTION_CERT',
  'MEDICAL_INSTITUTION_LICENSE',
  'NOTARY_LICENSE',
  'COLLECTIVE_ECONOMY_CERT',
  'ARBITRATION_COMMISSION_CERT',
  'MILITARY_CODE',
  'MILITARY_SERVICE_PERMIT'
] as const

export const CERTIFICATE_TYPES = [...PERSONAL_CERTIFICATE_TYPES, ...UNIT_CERTIFICATE_TYPES] as const

export type PersonalCertificateType = (typeof PERSONAL_CERTIFICATE_TYPES)[number]
export type UnitCertificateType = (typeof UNIT_CERTIFICATE_TYPES)[number]
export type CertificateType = (typeof CERTIFICATE_TYPES)[number]

export const CERTIFICATE_LABELS: Record<CertificateType, string> = {
  RESIDENT_ID: '居民身份证',
  PASSPORT: '护照',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
  HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  FOREIGN_PERMANENT_RESIDENT_ID: '外国人永久居留身份证',
  HK_MACAO_RESIDENCE_PERMIT: '港澳居民居住证',
  TAIWAN_RESIDENCE_PERMIT: '台湾居民居住证',
  BUSINESS_LICENSE: '营业执照（个人或企业）',
  ORG_CODE: '组织机构代码证',
  USCC: '统一社会信用代码证书',
  FOREIGN_ENTERPRISE_REP_OFFICE: '外国企业常驻代表机构登记证',
  PUBLIC_INSTITUTION_CERT: '事业单位法人证书',
  SOCIAL_ORG_CERT: '社会团体法人登记证书',
  PRIVATE_NON_ENTERPRISE_CERT: '民办非企业单位登记证书',
  SOCIAL_SERVICE_ORG_CERT: '社会服务机构登记证书',
  PRIVATE_SCHOOL_PERMIT: '民办学校办学许可证',
  FOUNDATION_CERT: '基金会法人登记证书',
  LAW_FIRM_LICENSE: '律师事务所执业许可证',
  FOREIGN_CULTURAL_CENTER_CERT: '外国在华文化中心登记证',
  FOREIGN_TOURISM_OFFICE_CERT: '外国政府旅游部门常驻代表机构批准登记证',
  EMBASSY_SCHOOL_PERMIT: '北京市外国驻华使馆人员子女学校办学许可证',
  JUDICIAL_EXPERTISE_LICENSE: '司法鉴定许可证',
  RELIGIOUS_VENUE_CERT: '宗教活动场所登记证',
  OVERSEAS_INSTITUTION_CERT: '境外机构证件',
  MEDICAL_INSTITUTION_LICENSE: '医疗机构执业许可证',
  NOTARY_LICENSE: '公证机构执业证',
  COLLECTIVE_ECONOMY_CERT: '农村集体经济组织登记证',
  ARBITRATION_COMMISSION_CERT: '仲裁委员会登记证',
  MILITARY_CODE: '部队代号',
  MILITARY_SERVICE_PERMIT: '军队单位对外有偿服务许可证'
}

export const isPersonalCertificate = (t: CertificateType): t is PersonalCertificateType =>
  (PERSONAL_CERTIFICATE_TYPES as readonly string[]).includes(t)
