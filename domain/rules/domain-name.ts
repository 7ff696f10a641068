import punycode from 'punycode/'
import { APPROVED_SUFFIXES } from '../data/approved-suffixes'
import { type Checked, passed, violated } from './violation'

/** A domain as it is filed: the registrable ("main") domain, both forms. */
export interface FilingDomain {
  /** A-label form, lower case, e.g. `example.com`, `xn--fsqu00a.xn--fiqs8s`. */
  ascii: string
  /** U-label form for display, e.g. `例子.中国`. */
  unicode: string
  /** The approved suffix it ends with, Unicode form, e.g. `com.cn`. */
  suffix: string
}

const FIELD = 'domain'
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

// Longest suffix first so `com.cn` wins over `cn`.
const SUFFIXES = APPROVED_SUFFIXES.map((s) => ({
  unicode: s.suffix,
  ascii: punycode.toASCII(s.suffix)
})).sort((a, b) => b.ascii.split('.').length - a.ascii.split('.').length)

const toAscii = (input: string): string | null => {
  try {
    return punycode.toASCII(input)
  } catch {
    return null
  }
}

/**
 * Normalises what a person typed into the domain to file, or says exactly what
 * is wrong with it (spec §4.1, blocking conditions B02–B04).
 */
export function parseFilingDomain(raw: string): Checked<FilingDomain> {
  const input = raw
    .trim()
    .replace(/[。．｡]/g, '.')
    .toLowerCase()
  if (!input) return violated('DOMAIN.REQUIRED', '请填写需备案的域名', FIELD)
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(input))
    return violated('DOMAIN.HAS_SCHEME', '请只填写域名，不要包含 http:// 或 https://，格式如：example.com', FIELD)
  if (/[/?#]/.test(input))
    return violated('DOMAIN.HAS_PATH', '请只填写域名，不要包含路径或参数，格式如：example.com', FIELD)
  if (/:\d*$/.test(input)) return violated('DOMAIN.HAS_PORT', '请只填写域名，不要包含端口号，格式如：example.com', FIELD)
  if (/\s/.test(input)) return violated('DOMAIN.INVALID', '域名中不能包含空格', FIELD)
  if (input.startsWith('*')) return violated('DOMAIN.WILDCARD', '不支持泛域名，请填写需备案的主域名，格式如：example.com', FIELD)
  if (input.endsWith('.')) return violated('DOMAIN.INVALID', '域名末尾不能带“.”，格式如：example.com', FIELD)
  if (IPV4.test(input) || input.startsWith('['))
    return violated('DOMAIN.IP_LITERAL', '请填写域名而不是 IP 地址，格式如：example.com', FIELD)

  const ascii = toAscii(input)
  if (!ascii || ascii.length > 253) return violated('DOMAIN.INVALID', '域名格式不正确，格式如：example.com', FIELD)
  const labels = ascii.split('.')
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)))
    return violated('DOMAIN.INVALID', '域名格式不正确：只能包含字母、数字、连字符和中文，且不能以连字符开头或结尾', FIELD)

  const suffix = SUFFIXES.find((s) => ascii.endsWith(`.${s.ascii}`))
  if (!suffix) {
    const tld = punycode.toUnicode(labels[labels.length - 1])
    return violated('DOMAIN.SUFFIX_NOT_APPROVED', `域名后缀“.${tld}”不支持备案，请使用工信部批复的域名后缀`, FIELD)
  }
  const ownLabels = labels.length - suffix.ascii.split('.').length
  if (ownLabels > 1) {
    const registrable = labels.slice(labels.length - suffix.ascii.split('.').length - 1).join('.')
    const display = punycode.toUnicode(registrable)
    if (labels[0] === 'www')
      return violated('DOMAIN.WWW_PREFIX', `请不要填写为如下格式：www.域名，请填写 ${display}`, FIELD)
    return violated('DOMAIN.SUBDOMAIN', `请填写需备案的主域名，如 ${display}；子域名无需单独备案`, FIELD)
  }
  return passed({ ascii, unicode: punycode.toUnicode(ascii), suffix: suffix.unicode })
}

/**
 * A domain in the form it is compared in (punycode ASCII), or — when it does
 * not parse — the raw text trimmed and lower-cased, so comparisons still work.
 */
export const asciiDomain = (raw: string): string => {
  const p = parseFilingDomain(raw)
  return p.ok ? p.value.ascii : raw.trim().toLowerCase()
}

/** A domain as people read it (Unicode), or the raw text when it does not parse. */
export const unicodeDomain = (raw: string): string => {
  const p = parseFilingDomain(raw)
  return p.ok ? p.value.unicode : raw
}
