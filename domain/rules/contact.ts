/** Phones and e-mail addresses (spec §4.7). */
const MOBILE = /^1[3-9]\d{9}$/
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/

/** Mainland mobile, stored without +86, spaces or dashes. */
export const normalizeMobile = (raw: string): string =>
  raw
    .replace(/[\s-]/g, '')
    .replace(/^(\+86|0086|86(?=1\d{10}$))/, '')

export const isMobile = (raw: string): boolean => MOBILE.test(normalizeMobile(raw))
export const isLandline = (raw: string): boolean => LANDLINE.test(raw.replace(/\s/g, ''))
export const isEmail = (raw: string): boolean => EMAIL.test(raw.trim()) && raw.trim().length <= 100

/** Office phone (联系方式2): a landline, or a mobile where the province allows it. */
export const isOfficePhone = (raw: string, landlineRequired: boolean): boolean =>
  isLandline(raw) || (!landlineRequired && isMobile(raw))
