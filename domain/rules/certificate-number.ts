import { CERTIFICATE_LABELS, type CertificateType } from '../../types/certificate'
import { checkResidentIdNumber, residentIdCheckChar } from './resident-id'
import { USCC_SHAPE, isValidOrgCode, isValidUscc } from './credit-code'
import { type Checked, passed, violated } from './violation'

const FIELD = 'certificateNumber'

/** Upper-case, remove spaces and full-width characters people paste in. */
export const normalizeCertificateNumber = (raw: string): string =>
  raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase()

const residentIdLike = (type: CertificateType, value: string, today: string, prefixes?: string[]) => {
  const label = CERTIFICATE_LABELS[type]
  const r = checkResidentIdNumber(value, today)
  if (!r.ok) {
    if (r.problem === 'SHAPE')
      return violated('CERTIFICATE.FORMAT', `${label}号码应为18位，前17位为数字，最后一位为数字或X`, FIELD)
    if (r.problem === 'BIRTH_DATE')
      return violated('CERTIFICATE.BIRTH_DATE', `${label}号码中的出生日期（第7–14位）不正确，请检查`, FIELD)
    return violated('CERTIFICATE.CHECKSUM', `${label}号码校验位不正确，请检查号码是否输错`, FIELD)
  }
  if (prefixes && !prefixes.some((p) => value.startsWith(p)))
    return violated('CERTIFICATE.FORMAT', `${label}号码应以 ${prefixes.join(' 或 ')} 开头`, FIELD)
  return passed(value)
}

/**
 * Format and checksum of a certificate number for its type (spec §4.3–4.5,
 * blocking condition B05). `today` (YYYY-MM-DD) bounds birth dates.
 */
export function checkCertificateNumber(type: CertificateType, raw: string, today: string): Checked<string> {
  const value = normalizeCertificateNumber(raw)
  const label = CERTIFICATE_LABELS[type]
  if (!value) return violated('CERTIFICATE.REQUIRED', '请填写证件号码', FIELD)
  switch (type) {
    case 'RESIDENT_ID':
      return residentIdLike(type, value, today)
    case 'HK_MACAO_RESIDENCE_PERMIT':
      return residentIdLike(type, value, today, ['810000', '820000'])
    case 'TAIWAN_RESIDENCE_PERMIT':
      return residentIdLike(type, value, today, ['830000'])
    case 'HK_MACAO_PERMIT':
      return /^[HM](\d{8}|\d{10})$/.test(value)
        ? passed(value)
        : violated('CERTIFICATE.FORMAT', '港澳居民来往内地通行证号码应为 H 或 M 开头加 8 位数字', FIELD)
    case 'TAIWAN_PERMIT':
      return /^(\d{8}|[A-Z0-9]{10,12})$/.test(value)
        ? passed(value)
        : violated('CERTIFICATE.FORMAT', '台湾居民来往大陆通行证号码应为 8 位数字', FIELD)
    case 'PASSPORT':
      return /^[A-Z0-9]{5,17}$/.test(value)
        ? passed(value)
        : violated('CERTIFICATE.FORMAT', '护照号码应为 5–17 位字母或数字', FIELD)
    case 'FOREIGN_PERMANENT_RESIDENT_ID':
      if (/^[A-Z]{3}\d{12}$/.test(value)) return passed(value)
      if (/^9\d{16}[\dX]$/.test(value)) return newPermanentResidentId(value, label)
      return violated('CERTIFICATE.FORMAT', '外国人永久居留身份证号码应为 3 位字母加 12 位数字，或以 9 开头的 18 位号码', FIELD)
    case 'BUSINESS_LICENSE':
      if (value.length === 18) return usccOf(value, label)
      return /^\d{15}$/.test(value)
        ? passed(value)
        : violated('CERTIFICATE.FORMAT', '营业执照号码应为 18 位统一社会信用代码（旧版执照为 15 位注册号）', FIELD)
    case 'USCC':
      return usccOf(value, label)
    case 'ORG_CODE':
      if (value.length === 18) return usccOf(value, label)
      return isValidOrgCode(value)
        ? passed(value.replace('-', ''))
        : violated('CERTIFICATE.FORMAT', '组织机构代码应为 9 位（如 12345678-9）或 18 位统一社会信用代码，且校验位正确', FIELD)
    default:
      if (value.length === 18 && USCC_SHAPE.test(value)) return usccOf(value, label)
      return /^[0-9A-Z\-()（）]{4,30}$/.test(value)
        ? passed(value)
        : violated('CERTIFICATE.FORMAT', `${label}号码格式不正确`, FIELD)
  }
}

function usccOf(value: string, label: string): Checked<string> {
  if (!USCC_SHAPE.test(value))
    return violated('CERTIFICATE.FORMAT', `${label}的统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）`, FIELD)
  if (!isValidUscc(value)) return violated('CERTIFICATE.CHECKSUM', '统一社会信用代码校验位不正确，请检查号码是否输错', FIELD)
  return passed(value)
}

/** The 2023 permanent-residence card: 18 characters from `9`, MOD 11-2 check like an ID number. */
function newPermanentResidentId(value: string, label: string): Checked<string> {
  return residentIdCheckChar(value.slice(0, 17)) === value[17]
    ? passed(value)
    : violated('CERTIFICATE.CHECKSUM', `${label}号码校验位不正确，请检查号码是否输错`, FIELD)
}
