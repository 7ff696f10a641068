/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015) and the
 * organisation code inside it (组织机构代码, GB 11714). Spec §4.5.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
export const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

export const usccCheckChar = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i]
  return ALPHABET[(31 - (sum % 31)) % 31]
}

export const isValidUscc = (value: string): boolean =>
  USCC_SHAPE.test(value) && usccCheckChar(value.slice(0, 17)) === value[17]

/** GB 11714 check character for an 8-character organisation code body. */
export const orgCodeCheckChar = (body: string): string => {
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const c = body[i]
    const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55
    sum += v * ORG_WEIGHTS[i]
  }
  const r = 11 - (sum % 11)
  return r === 10 ? 'X' : r === 11 ? '0' : String(r)
}

export const isValidOrgCode = (value: string): boolean => {
  const v = value.replace('-', '')
  return /^[0-9A-Z]{8}[0-9X]$/.test(v) && orgCodeCheckChar(v.slice(0, 8)) === v[8]
}

/**
 * Two-digit province prefix of the registration authority's division code, when
 * the code carries one (positions 3–4). National-level registrations (`10…`)
 * carry none.
 */
export const usccRegionPrefix = (value: string): string => value.slice(2, 4)
