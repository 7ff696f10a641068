/** Filing types (备案类型) that type verification can determine. Spec §2, §3.3. */
export const FILING_TYPES = [
  'FIRST_FILING',
  'ADD_ACCESS',
  'ADD_SITE_OURS',
  'ADD_SITE_OTHER',
  'CLAIM'
] as const

export type FilingType = (typeof FILING_TYPES)[number]

export const FILING_TYPE_LABELS: Record<FilingType, string> = {
  FIRST_FILING: '首次备案',
  ADD_ACCESS: '新增接入',
  ADD_SITE_OURS: '新增网站（原备案在本接入商）',
  ADD_SITE_OTHER: '新增网站（原备案不在本接入商）',
  CLAIM: '认领备案'
}

/** One sentence a person reads under the result: what the type means for them. */
export const FILING_TYPE_EXPLANATIONS: Record<FilingType, string> = {
  FIRST_FILING: '主体和域名在工信部均无备案信息，需要完整填写主体、网站信息并提交初审。',
  ADD_ACCESS: '主体和域名已在其他接入商备案，本次将网站接入本接入商。填写的信息需与原备案信息一致。',
  ADD_SITE_OURS: '主体已在本接入商备案，本次为该主体新增一个网站。',
  ADD_SITE_OTHER: '主体已在其他接入商备案，本次在本接入商为该主体新增网站。主体信息需与原备案信息一致。',
  CLAIM: '检测到您的域名和主体信息已在本接入商的原备案系统备案过，请先认领备案。'
}
