import { residentIdCheckChar } from '../../domain/rules/resident-id'
import { usccCheckChar } from '../../domain/rules/credit-code'

/**
 * Fictional people and companies for synthetic cards: names, addresses and
 * checksum-valid ID numbers / credit codes, drawn from a seeded generator so a
 * run can be repeated exactly.
 */
export type Rng = () => number

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边'.split('')
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容']
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强海燕雪梅丹玉兰萍鹏辉玲桂芳春梅晨浩宇子涵欣怡梓轩一诺雨桐思远嘉怡俊杰文博佳琪晓东红梅晓燕立新永刚国庆振华德明淑珍凤英秋菊婷婷璐瑶睿泽昊然若曦'.split('')

export interface Division {
  code: string
  province: string
  city: string
  district: string
  police: string
}

/** Real GB/T 2260 county-level codes with their names (for plausible addresses and authorities). */
export const DIVISIONS: Division[] = [
  { code: '110101', province: '北京市', city: '', district: '东城区', police: '北京市公安局东城分局' },
  { code: '110105', province: '北京市', city: '', district: '朝阳区', police: '北京市公安局朝阳分局' },
  { code: '110108', province: '北京市', city: '', district: '海淀区', police: '北京市公安局海淀分局' },
  { code: '310104', province: '上海市', city: '', district: '徐汇区', police: '上海市公安局徐汇分局' },
  { code: '310115', province: '上海市', city: '', district: '浦东新区', police: '上海市公安局浦东分局' },
  { code: '440305', province: '广东省', city: '深圳市', district: '南山区', police: '深圳市公安局南山分局' },
  { code: '440106', province: '广东省', city: '广州市', district: '天河区', police: '广州市公安局天河区分局' },
  { code: '330106', province: '浙江省', city: '杭州市', district: '西湖区', police: '杭州市公安局西湖区分局' },
  { code: '320102', province: '江苏省', city: '南京市', district: '玄武区', police: '南京市公安局玄武分局' },
  { code: '510107', province: '四川省', city: '成都市', district: '武侯区', police: '成都市公安局武侯区分局' },
  { code: '420106', province: '湖北省', city: '武汉市', district: '武昌区', police: '武汉市公安局武昌分局' },
  { code: '370102', province: '山东省', city: '济南市', district: '历下区', police: '济南市公安局历下区分局' },
  { code: '610113', province: '陕西省', city: '西安市', district: '雁塔区', police: '西安市公安局雁塔分局' },
  { code: '430104', province: '湖南省', city: '长沙市', district: '岳麓区', police: '长沙市公安局岳麓分局' },
  { code: '350203', province: '福建省', city: '厦门市', district: '思明区', police: '厦门市公安局思明分局' },
  { code: '500103', province: '重庆市', city: '', district: '渝中区', police: '重庆市公安局渝中区分局' },
  { code: '410105', province: '河南省', city: '郑州市', district: '金水区', police: '郑州市公安局金水分局' },
  { code: '210102', province: '辽宁省', city: '沈阳市', district: '和平区', police: '沈阳市公安局和平分局' },
  { code: '530102', province: '云南省', city: '昆明市', district: '五华区', police: '昆明市公安局五华分局' },
  { code: '620102', province: '甘肃省', city: '兰州市', district: '城关区', police: '兰州市公安局城关分局' }
]

const ROADS = '人民 解放 建设 中山 和平 胜利 新华 文化 光明 青年 长江 黄河 东风 朝阳 花园 学府 科技 滨江 湖滨 金桥 银河 友谊 幸福 团结'.split(' ')
const ROAD_KINDS = ['路', '大街', '街', '大道', '巷']
const COMMUNITIES = ['小区', '花园', '家园', '公寓', '新村', '苑']
const ETHNICITIES = ['汉', '汉', '汉', '汉', '汉', '汉', '回', '满', '蒙古', '壮', '藏', '维吾尔', '苗', '彝', '土家', '朝鲜']

export interface Person {
  name: string
  gender: '男' | '女'
  ethnicity: string
  birthDate: string // YYYY-MM-DD
  address: string
  idNumber: string
  authority: string
  validFrom: string
  /** YYYY-MM-DD or LONG_TERM */
  validTo: string
}

export function personName(r: Rng): string {
  const surname = r() < 0.04 ? pick(r, COMPOUND_SURNAMES) : pick(r, SURNAMES)
  const given = Array.from({ length: r() < 0.3 ? 1 : 2 }, () => pick(r, GIVEN)).join('')
  return surname + given
}

export function address(r: Rng, d: Division): string {
  const base = `${d.province}${d.city}${d.district}${pick(r, ROADS)}${pick(r, ROAD_KINDS)}${int(r, 1, 999)}号`
  if (r() < 0.5) return base
  return `${base}${pick(r, ROADS)}${pick(r, COMMUNITIES)}${int(r, 1, 30)}栋${int(r, 1, 3)}单元${int(r, 1, 32)}0${int(r, 1, 8)}室`
}

export function person(r: Rng, today = new Date()): Person {
  const d = pick(r, DIVISIONS)
  const year = int(r, 1950, today.getFullYear() - 18)
  const month = int(r, 1, 12)
  const day = int(r, 1, 28)
  const gender = r() < 0.5 ? '男' : '女'
  const seq = int(r, 0, 49) * 2 + (gender === '男' ? 1 : 0)
  const first17 = `${d.code}${year}${pad(month)}${pad(day)}${pad(int(r, 0, 9), 1)}${pad(seq % 100)}`.slice(0, 17)
  // The 17th digit carries the gender.
  const fixed = first17.slice(0, 16) + String((Number(first17[16]) & ~1) | (gender === '男' ? 1 : 0))
  const issuedYear = int(r, Math.max(year + 16, today.getFullYear() - 19), today.getFullYear())
  const age = issuedYear - year
  const years = age < 16 ? 5 : age < 26 ? 10 : age < 46 ? 20 : 0
  const from = `${issuedYear}-${pad(month)}-${pad(day)}`
  return {
    name: personName(r),
    gender,
    ethnicity: pick(r, ETHNICITIES),
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    address: address(r, d),
    idNumber: fixed + residentIdCheckChar(fixed),
    authority: d.police,
    validFrom: from,
    validTo: years ? `${issuedYear + years}-${pad(month)}-${pad(day)}` : 'LONG_TERM'
  }
}

export interface Company {
  creditCode: string
  name: string
  type: string
  legalRepresentative: string
  address: string
  registeredAt: string
  /** YYYY-MM-DD or LONG_TERM */
  validTo: string
}

const WORDS = '星辰 云帆 汇通 华信 博远 恒泰 启明 锦程 瑞丰 盛达 天成 宏图 新锐 智联 易购 凌云 众合 鼎盛 海纳 飞扬 青松 嘉禾'.split(' ')
const TRADES = ['网络科技', '信息技术', '文化传媒', '电子商务', '软件', '数据服务', '教育咨询', '贸易']
const TYPES = ['有限责任公司(自然人投资或控股)', '有限责任公司(自然人独资)', '股份有限公司(非上市、自然人投资或控股)', '个人独资企业']
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

export function company(r: Rng): Company {
  const d = pick(r, DIVISIONS)
  const body = Array.from({ length: 8 }, () => CODE_CHARS[int(r, 0, 9)]).join('')
  const first17 = `91${d.code}${body}${CODE_CHARS[int(r, 0, 30)]}`
  const year = int(r, 2000, 2024)
  const from = `${year}-${pad(int(r, 1, 12))}-${pad(int(r, 1, 28))}`
  const city = (d.city || d.province).replace(/[市省]$/, '')
  return {
    creditCode: first17 + usccCheckChar(first17),
    name: `${city}${pick(r, WORDS)}${pick(r, TRADES)}有限公司`,
    type: pick(r, TYPES),
    legalRepresentative: personName(r),
    address: address(r, d),
    registeredAt: from,
    validTo: r() < 0.5 ? 'LONG_TERM' : `${year + 30}-${from.slice(5)}`
  }
}
