import type { CardKind } from '../../types/api/ocr'
import { ReadingBuilder, type CardReading, parseDate, parseValidity } from './extract/reading'

/**
 * Mapping of the cloud OCR services' answers onto our card fields. The
 * services give no per-field score, so confidence is null: the values still
 * go through the same rule checks and comparison as the local engine's.
 */
const GENDERS: Record<string, string> = { 男: '男', 女: '女', Male: '男', Female: '女' }
const nation = (s?: string) => s?.replace(/族$/, '')

/** A licence's 营业期限 as both services give it: a range, 长期, or only the registration date. */
function setLicenceValidity(out: ReadingBuilder, period: string | undefined, registered: string | undefined) {
  const v = parseValidity(period ?? '')
  out.set('validFrom', v.from ?? (registered ? parseDate(registered) : undefined), null)
  out.set('validTo', v.to ?? (/长期/.test(period ?? '') ? 'LONG_TERM' : undefined), null)
}

/** An ID card's 有效期限 (back side). */
function setIdValidity(out: ReadingBuilder, period: string | undefined) {
  const v = parseValidity(period ?? '')
  out.set('validFrom', v.from, null)
  out.set('validTo', v.to, null)
}

/** WeChat openapi.ocr.idcard / businessLicense (camelCase from cloud.openapi, snake_case over HTTPS). */
export function fromWechat(kind: CardKind, raw: Record<string, unknown>): CardReading {
  const r: Record<string, string> = {}
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') r[k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())] = v
  const out = new ReadingBuilder()
  if (kind === 'RESIDENT_ID_FRONT') {
    out.set('name', r.name, null)
    out.set('gender', GENDERS[r.gender ?? ''], null)
    out.set('ethnicity', nation(r.nationality), null)
    out.set('address', r.addr, null)
    out.set('idNumber', r.id?.toUpperCase(), null)
    if (r.id && /^\d{17}[\dX]$/i.test(r.id)) out.set('birthDate', parseDate(r.id.slice(6, 14)), null)
  } else if (kind === 'RESIDENT_ID_BACK') {
    setIdValidity(out, r.validDate)
  } else {
    out.set('creditCode', r.regNum?.toUpperCase(), null)
    out.set('companyName', r.enterpriseName, null)
    out.set('legalRepresentative', r.legalRepresentative, null)
    out.set('address', r.address, null)
    out.set('companyType', r.typeOfEnterprise, null)
    setLicenceValidity(out, r.validPeriod, r.registeredDate)
  }
  return out.reading
}

/** Tencent Cloud OCR IDCardOCR / BizLicenseOCR responses. */
export function fromTencent(kind: CardKind, r: Record<string, string | undefined>): CardReading {
  const out = new ReadingBuilder()
  if (kind === 'RESIDENT_ID_FRONT') {
    out.set('name', r.Name, null)
    out.set('gender', GENDERS[r.Sex ?? ''], null)
    out.set('ethnicity', nation(r.Nation), null)
    out.set('birthDate', r.Birth ? parseDate(r.Birth) : undefined, null)
    out.set('address', r.Address, null)
    out.set('idNumber', r.IdNum?.toUpperCase(), null)
  } else if (kind === 'RESIDENT_ID_BACK') {
    out.set('authority', r.Authority, null)
    setIdValidity(out, r.ValidDate)
  } else {
    out.set('creditCode', r.RegNum?.toUpperCase(), null)
    out.set('companyName', r.Name, null)
    out.set('legalRepresentative', r.Person, null)
    out.set('address', r.Address, null)
    out.set('companyType', r.Type, null)
    setLicenceValidity(out, r.Period, r.SetDate)
  }
  return out.reading
}
