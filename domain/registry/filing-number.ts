import { provinceByCode } from '../../types/province'

/** 备案号 (spec §7.7): `<abbr>ICP备<year><6-digit serial>号`, websites add `-N`. */
export const FILING_NUMBER = /^(京|津|冀|晋|蒙|辽|吉|黑|沪|苏|浙|皖|闽|赣|鲁|豫|鄂|湘|粤|桂|琼|渝|蜀|黔|滇|藏|陕|陇|青|宁|新)ICP备(\d{8}|\d{10})号(-\d{1,4})?$/

export function subjectFilingNumber(province: string, year: number, serial: number): string {
  const p = provinceByCode(province)
  if (!p) throw new Error(`no 管局 for province ${province}`)
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) throw new Error(`serial out of range: ${serial}`)
  return `${p.abbr}ICP备${year}${String(serial).padStart(6, '0')}号`
}

export const websiteFilingNumber = (subjectNumber: string, n: number) => `${subjectNumber}-${n}`

/** The `-N` of a website number, or 0. */
export const websiteSeq = (websiteNumber: string): number => Number(/-(\d+)$/.exec(websiteNumber)?.[1] ?? 0)
