import type { VerifyTypeResult } from '../../types/api/filing'

export interface VerifiedType {
  form: { province: string; hostNature: string; certificateType: string; certificateNumber: string; domain: string }
  result: VerifyTypeResult
}

/**
 * The type verification just done, kept in memory between 验证备案类型 and
 * 产品验证 (never in storage or the URL: it carries a certificate number).
 */
let current: VerifiedType | null = null

export const rememberVerification = (v: VerifiedType) => {
  current = v
}
export const verifiedType = () => current
