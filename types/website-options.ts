/** Value lists of the website section (spec §4.13–4.14), with MIIT codes where they exist. */
export const SERVICE_TYPES = {
  WEBSITE: '网站应用服务',
  EMAIL: '邮件应用服务',
  FILE: '文件应用服务',
  DATA: '数据应用服务',
  APP: 'APP应用服务',
  WECHAT: '微信号应用服务'
} as const

export const CONTENT_TYPES = {
  INSTANT_MESSAGING: '即时通信',
  SEARCH_ENGINE: '搜索引擎',
  PORTAL: '综合门户',
  WEBMAIL: '网上邮局',
  NEWS: '网络新闻',
  BLOG: '博客/个人空间',
  ADVERTISING: '网络广告/信息',
  UNIT_PORTAL: '单位门户网站',
  SHOPPING: '网络购物',
  PAYMENT: '网上支付',
  BANKING: '网上银行',
  STOCKS: '网上炒股/股票基金',
  GAMES: '网络游戏',
  MUSIC: '网络音乐',
  VIDEO: '网络影视',
  PICTURES: '网络图片',
  SOFTWARE: '网络软件/下载',
  JOBS: '网上求职',
  DATING: '网上交友/婚介',
  REAL_ESTATE: '网上房产',
  EDUCATION: '网络教育',
  SITE_BUILDING: '网站建设',
  WAP: 'WAP',
  OTHER: '其他'
} as const

/** Content a personal site may carry (spec §4.14). */
export const PERSONAL_CONTENT_TYPES: readonly string[] = ['BLOG', 'OTHER']

export const LANGUAGES = {
  ZH_HANS: '中文简体',
  ZH_HANT: '中文繁体',
  UYGHUR: '维吾尔语',
  KAZAKH: '哈萨克语',
  KYRGYZ: '柯尔克孜语',
  MONGOLIAN: '蒙古语',
  TIBETAN: '藏语',
  ZHUANG: '壮语',
  KOREAN: '朝鲜语',
  YI: '彝文',
  MIAO: '苗语',
  ENGLISH: '英语',
  JAPANESE: '日语',
  FRENCH: '法语',
  RUSSIAN: '俄罗斯语',
  SPANISH: '西班牙语',
  ARABIC: '阿拉伯语'
} as const

export const PRE_APPROVAL_TYPES = {
  NEWS: '新闻',
  PUBLISHING: '出版',
  EDUCATION: '教育',
  MEDICAL: '医疗保健',
  DRUGS: '药品和医疗器械',
  BBS: '电子公告服务',
  CULTURE: '文化',
  BROADCASTING: '广播电影电视节目',
  RIDE_HAILING: '网络预约车',
  FINANCE: '互联网金融',
  TUTORING: '校外培训（高中及以下阶段）',
  RELIGION: '宗教',
  GAMES: '游戏类'
} as const

export type ServiceType = keyof typeof SERVICE_TYPES
export type ContentType = keyof typeof CONTENT_TYPES
export type Language = keyof typeof LANGUAGES
export type PreApprovalType = keyof typeof PRE_APPROVAL_TYPES
