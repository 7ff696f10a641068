import type { PrincipalDraft } from '../../types/order'
import { provinceRules } from '../province-rules'

/**
 * 港澳居民身份证 as printed on the back of a 港澳居民来往内地通行证: 浙江's MIIT
 * 短信核验 asks for its last 6 characters (full-width brackets included) rather
 * than the permit's (spec §4.4). Hong Kong: 1–2 letters, 6 digits, check
 * character in brackets, e.g. A123456(7); Macao: 1/5/7 + 6 digits + (digit).
 */
const HONG_KONG = /^[A-Z]{1,2}\d{6}（[0-9A]）$/
const MACAO = /^[157]\d{6}（\d）$/

/** The number with half-width brackets made full-width, spaces removed, letters upper case. */
export const normalizeHkMacaoId = (raw: string): string =>
  raw.trim().toUpperCase().replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')

export const isHkMacaoId = (raw: string): boolean => {
  const n = normalizeHkMacaoId(raw)
  return HONG_KONG.test(n) || MACAO.test(n)
}

/** Whether this person's 短信核验 in this province uses the identity card instead of the permit. */
export const usesHkMacaoIdentityCard = (p: PrincipalDraft | undefined, province: string): boolean =>
  p?.certificateType === 'HK_MACAO_PERMIT' && provinceRules(province).smsUsesHkMacaoIdentityCard

/** What MIIT asks with the code: the last 6 characters of the number that applies. */
export function miitCertificateLast6(p: PrincipalDraft, province: string): string {
  const number = usesHkMacaoIdentityCard(p, province) && p.hkMacaoIdNumber ? normalizeHkMacaoId(p.hkMacaoIdNumber) : (p.certificateNumber ?? '').trim().toUpperCase()
  return number.slice(-6)
}
