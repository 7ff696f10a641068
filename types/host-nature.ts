import type { CertificateType } from './certificate'

/**
 * Host natures (主办单位性质) with the MIIT form code and the certificate types
 * each accepts, in the MIIT option order. Spec §4.10 (the grouping for the rarer
 * natures is inferred there from the MIIT form's option order).
 */
export const HOST_NATURES = [
  'ENTERPRISE',
  'PERSONAL',
  'GOVERNMENT',
  'PUBLIC_INSTITUTION',
  'SOCIAL_ORGANIZATION',
  'PRIVATE_NON_ENTERPRISE',
  'FOUNDATION',
  'LAW_FIRM',
  'MILITARY',
  'FOREIGN_CULTURAL_CENTER',
  'MASS_ORGANIZATION',
  'JUDICIAL_EXPERTISE',
  'RELIGIOUS_GROUP',
  'OVERSEAS_INSTITUTION',
  'MEDICAL_INSTITUTION',
  'NOTARY',
  'COLLECTIVE_ECONOMY',
  'ARBITRATION'
] as const

export type HostNature = (typeof HOST_NATURES)[number]

export interface HostNatureInfo {
  label: string
  /** MIIT form code of the nature. */
  miitCode: number
  /** Allowed certificates with their MIIT certificate code for this nature. */
  certificates: ReadonlyArray<{ type: CertificateType; miitCode: number }>
}

export const HOST_NATURE_INFO: Record<HostNature, HostNatureInfo> = {
  ENTERPRISE: {
    label: '企业',
    miitCode: 4,
    certificates: [
      { type: 'BUSINESS_LICENSE', miitCode: 1 },
      { type: 'ORG_CODE', miitCode: 12 },
      { type: 'FOREIGN_ENTERPRISE_REP_OFFICE', miitCode: 27 }
    ]
  },
  PERSONAL: {
    label: '个人',
    miitCode: 5,
    certificates: [
      { type: 'RESIDENT_ID', miitCode: 2 },
      { type: 'PASSPORT', miitCode: 7 },
      { type: 'TAIWAN_PERMIT', miitCode: 11 },
      { type: 'HK_MACAO_PERMIT', miitCode: 14 },
      { type: 'FOREIGN_PERMANENT_RESIDENT_ID', miitCode: 30 },
      { type: 'HK_MACAO_RESIDENCE_PERMIT', miitCode: 41 },
      { type: 'TAIWAN_RESIDENCE_PERMIT', miitCode: 42 }
    ]
  },
  GOVERNMENT: {
    label: '政府机关',
    miitCode: 2,
    certificates: [
      { type: 'ORG_CODE', miitCode: 9 },
      { type: 'USCC', miitCode: 13 }
    ]
  },
  PUBLIC_INSTITUTION: {
    label: '事业单位',
    miitCode: 3,
    certificates: [
      { type: 'ORG_CODE', miitCode: 3 },
      { type: 'PUBLIC_INSTITUTION_CERT', miitCode: 4 },
      { type: 'USCC', miitCode: 15 }
    ]
  },
  SOCIAL_ORGANIZATION: {
    label: '社会团体',
    miitCode: 6,
    certificates: [
      { type: 'SOCIAL_ORG_CERT', miitCode: 6 },
      { type: 'ORG_CODE', miitCode: 10 }
    ]
  },
  PRIVATE_NON_ENTERPRISE: {
    label: '民办非企业单位',
    miitCode: 9,
    certificates: [
      { type: 'ORG_CODE', miitCode: 16 },
      { type: 'PRIVATE_NON_ENTERPRISE_CERT', miitCode: 17 },
      { type: 'SOCIAL_SERVICE_ORG_CERT', miitCode: 36 },
      { type: 'PRIVATE_SCHOOL_PERMIT', miitCode: 37 }
    ]
  },
  FOUNDATION: {
    label: '基金会',
    miitCode: 10,
    certificates: [
      { type: 'ORG_CODE', miitCode: 18 },
      { type: 'FOUNDATION_CERT', miitCode: 19 }
    ]
  },
  LAW_FIRM: {
    label: '律师执业机构',
    miitCode: 11,
    certificates: [
      { type: 'ORG_CODE', miitCode: 20 },
      { type: 'LAW_FIRM_LICENSE', miitCode: 21 }
    ]
  },
  MILITARY: {
    label: '国防机构',
    miitCode: 1,
    certificates: [
      { type: 'MILITARY_CODE', miitCode: 5 },
      { type: 'MILITARY_SERVICE_PERMIT', miitCode: 23 }
    ]
  },
  FOREIGN_CULTURAL_CENTER: {
    label: '外国在华文化中心',
    miitCode: 12,
    certificates: [
      { type: 'FOREIGN_CULTURAL_CENTER_CERT', miitCode: 22 },
      { type: 'FOREIGN_TOURISM_OFFICE_CERT', miitCode: 34 },
      { type: 'EMBASSY_SCHOOL_PERMIT', miitCode: 40 }
    ]
  },
  MASS_ORGANIZATION: {
    label: '群众性团体组织',
    miitCode: 13,
    certificates: [{ type: 'USCC', miitCode: 24 }]
  },
  JUDICIAL_EXPERTISE: {
    label: '司法鉴定机构',
    miitCode: 14,
    certificates: [{ type: 'JUDICIAL_EXPERTISE_LICENSE', miitCode: 28 }]
  },
  RELIGIOUS_GROUP: {
    label: '宗教团体',
    miitCode: 15,
    certificates: [{ type: 'RELIGIOUS_VENUE_CERT', miitCode: 25 }]
  },
  OVERSEAS_INSTITUTION: {
    label: '境外机构',
    miitCode: 16,
    certificates: [{ type: 'OVERSEAS_INSTITUTION_CERT', miitCode: 35 }]
  },
  MEDICAL_INSTITUTION: {
    label: '医疗机构',
    miitCode: 17,
    certificates: [{ type: 'MEDICAL_INSTITUTION_LICENSE', miitCode: 38 }]
  },
  NOTARY: {
    label: '公证机构',
    miitCode: 18,
    certificates: [{ type: 'NOTARY_LICENSE', miitCode: 39 }]
  },
  COLLECTIVE_ECONOMY: {
    label: '集体经济',
    miitCode: 19,
    certificates: [{ type: 'COLLECTIVE_ECONOMY_CERT', miitCode: 43 }]
  },
  ARBITRATION: {
    label: '仲裁机构',
    miitCode: 20,
    certificates: [{ type: 'ARBITRATION_COMMISSION_CERT', miitCode: 44 }]
  }
}

export const allowedCertificates = (nature: HostNature): CertificateType[] =>
  HOST_NATURE_INFO[nature].certificates.map((c) => c.type)

export const isCertificateAllowed = (nature: HostNature, cert: CertificateType): boolean =>
  allowedCertificates(nature).includes(cert)

export const isPersonalFiling = (nature: HostNature): boolean => nature === 'PERSONAL'
