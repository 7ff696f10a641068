/**
 * Resident identity number (居民身份证号码, GB 11643-1999) and the residence
 * permits that share its format. Spec §4.3.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'
const SHAPE = /^[1-9]\d{16}[\dX]$/

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export const residentIdCheckChar = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

export type ResidentIdProblem = 'SHAPE' | 'BIRTH_DATE' | 'CHECKSUM'

export interface ResidentIdFacts {
  regionPrefix: string
  birthDate: string // YYYY-MM-DD
  gender: 'M' | 'F'
}

const isRealDate = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Checks an 18-character number; `today` bounds the birth date (YYYY-MM-DD). */
export function checkResidentIdNumber(
  value: string,
  today: string
): { ok: true; facts: ResidentIdFacts } | { ok: false; problem: ResidentIdProblem } {
  if (!SHAPE.test(value)) return { ok: false, problem: 'SHAPE' }
  const y = Number(value.slice(6, 10))
  const m = Number(value.slice(10, 12))
  const d = Number(value.slice(12, 14))
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`
  if (y < 1900 || !isRealDate(y, m, d) || birthDate > today) return { ok: false, problem: 'BIRTH_DATE' }
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'CHECKSUM' }
  return {
    ok: true,
    facts: {
      regionPrefix: value.slice(0, 2),
      birthDate,
      gender: Number(value[16]) % 2 === 1 ? 'M' : 'F'
    }
  }
}
