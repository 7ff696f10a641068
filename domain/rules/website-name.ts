import type { HostNature } from '../../types/host-nature'

/**
 * Website names (网站名称, spec §4.9). Returns the first problem in Chinese, or
 * null. Judgement calls (name unrelated to the unit) are the reviewer's.
 */
const HAN = /[\u4e00-\u9fff]/g
const ALLOWED_CHARS = /^[\u4e00-\u9fffA-Za-z0-9 ·]+$/

/** Words a non-national unit's site name may not start with. */
export const RESERVED_PREFIXES = ['中国', '中华', '中央', '全国', '国家', '人民', '人大']
/** Words no site name of an ordinary unit may contain. */
export const RESERVED_WORDS = ['反腐', '纪检', '监察', '信访', '维权', '投诉']
/** Words forbidden in personal site names (QingCloud list plus 在线、交流). */
export const PERSONAL_FORBIDDEN_WORDS = [
  '个人空间', '爱好者', '博客', '导航', '工作室', '论坛', '平台', '热线', '社区', '社团', '网络',
  '网站', '网址', '主页', '资讯', '作品展示', '在线', '交流',
  ...RESERVED_PREFIXES, ...RESERVED_WORDS
]
/** Content that needs 前置审批 for units and is forbidden for individuals. */
export const PRE_APPROVAL_NAME_WORDS = ['论坛', '社区', '博客']

export function websiteNameProblem(raw: string, nature: HostNature, domains: string[] = []): string | null {
  const name = raw.trim()
  if (!name) return '请填写网站名称'
  if ((name.match(HAN) ?? []).length < 3) return '网站名称须包含三个或三个以上汉字'
  if (name.length > 50) return '网站名称不能超过 50 个字'
  if (domains.some((d) => d && name.toLowerCase().includes(d.toLowerCase()))) return '网站名称不能是域名'
  if (!ALLOWED_CHARS.test(name)) return '网站名称不能包含特殊符号'
  if (nature === 'PERSONAL') {
    const word = PERSONAL_FORBIDDEN_WORDS.find((w) => name.includes(w))
    if (word) return `个人网站名称不能包含“${word}”等涉及企业、论坛、平台或公共事务的词语`
    return null
  }
  const prefix = RESERVED_PREFIXES.find((w) => name.startsWith(w))
  if (prefix && nature !== 'GOVERNMENT') return `网站名称不能以“${prefix}”开头（国家级单位须提供证明材料）`
  const word = RESERVED_WORDS.find((w) => name.includes(w))
  if (word && nature !== 'GOVERNMENT') return `网站名称不能包含“${word}”`
  return null
}
