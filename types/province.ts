/**
 * The 31 province-level units that have a 管局 (communications administration),
 * keyed by the first two digits of their GB/T 2260 division code, with the
 * one-character abbreviation used in filing numbers (备案号). Spec §4.6.
 */
export interface Province {
  code: string
  name: string
  /** Abbreviation in ICP numbers, e.g. 京ICP备… */
  abbr: string
}

export const PROVINCES: readonly Province[] = [
  { code: '11', name: '北京市', abbr: '京' },
  { code: '12', name: '天津市', abbr: '津' },
  { code: '13', name: '河北省', abbr: '冀' },
  { code: '14', name: '山西省', abbr: '晋' },
  { code: '15', name: '内蒙古自治区', abbr: '蒙' },
  { code: '21', name: '辽宁省', abbr: '辽' },
  { code: '22', name: '吉林省', abbr: '吉' },
  { code: '23', name: '黑龙江省', abbr: '黑' },
  { code: '31', name: '上海市', abbr: '沪' },
  { code: '32', name: '江苏省', abbr: '苏' },
  { code: '33', name: '浙江省', abbr: '浙' },
  { code: '34', name: '安徽省', abbr: '皖' },
  { code: '35', name: '福建省', abbr: '闽' },
  { code: '36', name: '江西省', abbr: '赣' },
  { code: '37', name: '山东省', abbr: '鲁' },
  { code: '41', name: '河南省', abbr: '豫' },
  { code: '42', name: '湖北省', abbr: '鄂' },
  { code: '43', name: '湖南省', abbr: '湘' },
  { code: '44', name: '广东省', abbr: '粤' },
  { code: '45', name: '广西壮族自治区', abbr: '桂' },
  { code: '46', name: '海南省', abbr: '琼' },
  { code: '50', name: '重庆市', abbr: '渝' },
  { code: '51', name: '四川省', abbr: '蜀' },
  { code: '52', name: '贵州省', abbr: '黔' },
  { code: '53', name: '云南省', abbr: '滇' },
  { code: '54', name: '西藏自治区', abbr: '藏' },
  { code: '61', name: '陕西省', abbr: '陕' },
  { code: '62', name: '甘肃省', abbr: '陇' },
  { code: '63', name: '青海省', abbr: '青' },
  { code: '64', name: '宁夏回族自治区', abbr: '宁' },
  { code: '65', name: '新疆维吾尔自治区', abbr: '新' }
] as const

export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [string, ...string[]]

const byCode = new Map(PROVINCES.map((p) => [p.code, p]))

export const provinceByCode = (code: string): Province | undefined => byCode.get(code)

/**
 * Division-code prefixes that are valid in identity numbers but have no 管局:
 * 71 台湾, 81 香港, 82 澳门 (residence-permit holders). Spec §4.3, §4.6.
 */
export const NON_FILING_REGION_PREFIXES = ['71', '81', '82', '83'] as const
