/**
 * The sandbox regulator's records, seeded into the local store on first start:
 * fictional subjects, websites, access records, legacy filings, other accounts'
 * orders and cloud resources, chosen so that every row of the type-decision
 * table (spec §3.3) and every applicable blocking condition (§3.2) can be tried
 * by hand. docs/sandbox.md is generated from this file. All numbers are
 * checksum-valid and fictional.
 */
import type { FilingResource } from '../../domain/rules/product'

export const FIXTURE_VERSION = 1
/** The local applicant `POST /api/auth/applicant {"sandboxAccount":"demo"}` logs in as. */
export const SANDBOX_DEMO_OPENID = 'local_sandbox_demo'
const OTHER_ACCOUNT = 'local_sandbox_other'
const FAR_FUTURE = '2030-12-31T00:00:00.000Z'

type Doc = Record<string, unknown> & { _id: string }

const subject = (id: string, o: { cert: string; type?: string; nature?: string; province: string; number: string; ours?: boolean; shell?: boolean; pending?: boolean; name: string }): Doc => ({
  _id: id,
  certificateKey: o.cert,
  certificateType: o.type ?? 'RESIDENT_ID',
  certificateNumber: o.cert,
  hostNature: o.nature ?? 'PERSONAL',
  province: o.province,
  subjectNumber: o.number,
  name: o.name,
  shell: o.shell ?? false,
  ours: o.ours ?? false,
  pendingAtRegulatorElsewhere: o.pending ?? false,
  sandbox: true
})

const website = (id: string, o: { cert: string; type?: string; number: string; domains: string[]; name: string; ours?: boolean }): Doc => ({
  _id: id,
  websiteNumber: o.number,
  name: o.name,
  domains: o.domains,
  subjectCertificateKey: o.cert,
  subjectCertificateType: o.type ?? 'RESIDENT_ID',
  subjectCertificateNumber: o.cert,
  ours: o.ours ?? false,
  accessProviders: o.ours ? ['本接入商'] : ['其他接入商'],
  sandbox: true
})

export const SANDBOX_RECORDS: Record<string, Doc[]> = {
  registry_subjects: [
    subject('rs-d2', { cert: '410102199001012341', province: '41', number: '豫ICP备2024000101号', ours: true, name: '王小明' }),
    subject('rs-d3', { cert: '410102198503151232', province: '41', number: '豫ICP备2023000202号', name: '李晓华' }),
    subject('rs-d4', { cert: '91410100MA9CX0D07H', type: 'BUSINESS_LICENSE', nature: 'ENTERPRISE', province: '41', number: '豫ICP备2022000303号', name: '郑州示例科技有限公司' }),
    subject('rs-d7', { cert: '91410100MA9CX0D15C', type: 'BUSINESS_LICENSE', nature: 'ENTERPRISE', province: '41', number: '豫ICP备2021000404号', name: '郑州另一家网络有限公司' }),
    subject('rs-d8', { cert: '410302198707077899', province: '41', number: '豫ICP备2019000505号', shell: true, name: '赵空壳' }),
    subject('rs-shell-tj', { cert: '120101197506063457', province: '12', number: '津ICP备2019000606号', shell: true, name: '孙天津' }),
    subject('rs-b12', { cert: '110101198808085670', province: '11', number: '京ICP备2020000707号', name: '周北京' }),
    subject('rs-b13', { cert: '91410100MA9CX0D237', type: 'USCC', nature: 'PUBLIC_INSTITUTION', province: '41', number: '豫ICP备2018000808号', name: '郑州示例研究院' }),
    subject('rs-b15', { cert: '410105199309090126', province: '41', number: '豫ICP备2025000909号', pending: true, name: '吴待审' })
  ],
  registry_websites: [
    website('rw-d2', { cert: '410102199001012341', number: '豫ICP备2024000101号-1', domains: ['wangxiaoming.com'], name: '王小明读书笔记', ours: true }),
    website('rw-d3', { cert: '410102198503151232', number: '豫ICP备2023000202号-1', domains: ['lixiaohua.cn'], name: '李晓华摄影集' }),
    website('rw-d4', { cert: '91410100MA9CX0D07H', type: 'BUSINESS_LICENSE', number: '豫ICP备2022000303号-1', domains: ['zz-example.com', 'zz-example.cn'], name: '郑州示例科技官网' }),
    website('rw-d6', { cert: '610103197903034448', number: '陕ICP备2017001010号-1', domains: ['filed-elsewhere.com'], name: '陕西某人的网站' }),
    website('rw-d7', { cert: '91410100MA9CX0D15C', type: 'BUSINESS_LICENSE', number: '豫ICP备2021000404号-1', domains: ['taken-domain.com'], name: '另一家公司官网' })
  ],
  subjects: [
    { _id: 'sub-demo', certificateKey: '410102199001012341', ownerOpenid: SANDBOX_DEMO_OPENID, subjectNumber: '豫ICP备2024000101号', sandbox: true, subject: { name: '王小明', certificateAddress: '河南省郑州市金水区示例路1号', mailingAddress: '河南省郑州市金水区示例路1号3单元201', principal: { name: '王小明', certificateType: 'RESIDENT_ID', certificateNumber: '410102199001012341', certificateValidTo: 'LONG_TERM', mobile: '13703710001', email: 'wxm@example.com' } } },
    { _id: 'sub-other', certificateKey: '440305199202024563', ownerOpenid: OTHER_ACCOUNT, subjectNumber: '粤ICP备2022001111号', sandbox: true, subject: { name: '钱广东' } }
  ],
  legacy_filings: [
    { _id: 'legacy-1', certificateKey: '110108198211112220', domains: ['legacy-site.com'], subjectNumber: '京ICP备2015012345号', name: '郑老站', sandbox: true }
  ],
  orders: [
    {
      _id: 'sandbox-order-b06',
      version: 1,
      type: 'FIRST_FILING',
      status: 'DRAFT',
      ownerOpenid: OTHER_ACCOUNT,
      certificateKey: '410102198606063331',
      identity: { province: '41', hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber: '410102198606063331', domain: { ascii: 'half-done.com', unicode: 'half-done.com' } },
      product: null, subject: {}, websites: [], materials: [], verification: null, agreementsAcceptedAt: null, feedback: null, filingNumbers: null,
      createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', lastProgressAt: '2099-01-01T00:00:00.000Z', submittedAt: null,
      events: [], sandbox: true
    }
  ],
  order_locks: [
    { _id: `acct:${OTHER_ACCOUNT}`, orderId: 'sandbox-order-b06', sandbox: true },
    { _id: 'cert:410102198606063331', orderId: 'sandbox-order-b06', sandbox: true }
  ],
  resources: ([
    ...[1, 2, 3, 4, 5].map((n): FilingResource & { sandbox: true; description: string } => ({ _id: `srv-demo-${n}`, kind: 'SERVER', ip: `81.70.10.${n}`, ownerOpenid: null, region: 'MAINLAND', billing: 'PREPAID', purchasedMonths: 12, expiresAt: FAR_FUTURE, filingsUsed: 0, maxFilings: 1_000_000, sandbox: true, description: '共享演示服务器（包年包月，任意本地账号可用）' })),
    { _id: 'srv-postpaid', kind: 'SERVER', ip: '81.70.10.20', ownerOpenid: null, region: 'MAINLAND', billing: 'PAY_AS_YOU_GO', purchasedMonths: 12, expiresAt: FAR_FUTURE, filingsUsed: 0, maxFilings: 5, sandbox: true, description: '按需计费：不能备案' },
    { _id: 'srv-short', kind: 'SERVER', ip: '81.70.10.21', ownerOpenid: null, region: 'MAINLAND', billing: 'PREPAID', purchasedMonths: 1, expiresAt: FAR_FUTURE, filingsUsed: 0, maxFilings: 5, sandbox: true, description: '只购买 1 个月：不能备案' },
    { _id: 'srv-full', kind: 'SERVER', ip: '81.70.10.22', ownerOpenid: null, region: 'MAINLAND', billing: 'PREPAID', purchasedMonths: 12, expiresAt: FAR_FUTURE, filingsUsed: 5, maxFilings: 5, sandbox: true, description: '5 次备案已用完' },
    { _id: 'srv-expired', kind: 'SERVER', ip: '81.70.10.23', ownerOpenid: null, region: 'MAINLAND', billing: 'PREPAID', purchasedMonths: 12, expiresAt: '2026-01-01T00:00:00.000Z', filingsUsed: 0, maxFilings: 5, sandbox: true, description: '已到期' },
    { _id: 'srv-hk', kind: 'SERVER', ip: '43.128.10.1', ownerOpenid: null, region: 'HONG_KONG', billing: 'PREPAID', purchasedMonths: 12, expiresAt: FAR_FUTURE, filingsUsed: 0, maxFilings: 5, sandbox: true, description: '中国香港服务器：无需备案' },
    ...Array.from({ length: 20 }, (_, i) => ({ _id: `BA${String(i + 1).padStart(4, '0')}DEMO`, kind: 'AUTH_CODE' as const, ip: '81.70.10.1', ownerOpenid: null, region: 'MAINLAND' as const, billing: 'PREPAID' as const, purchasedMonths: 12, expiresAt: FAR_FUTURE, filingsUsed: 0, maxFilings: 1, used: false, sandbox: true, description: '备案授权码（每个只能用一次）' })),
    { _id: 'BAUSEDDEMO', kind: 'AUTH_CODE', ip: '81.70.10.1', ownerOpenid: null, region: 'MAINLAND', billing: 'PREPAID', purchasedMonths: 12, expiresAt: FAR_FUTURE, filingsUsed: 0, maxFilings: 1, used: true, sandbox: true, description: '已使用的授权码' }
  ] satisfies Array<FilingResource & { description: string; sandbox: boolean }>) as unknown as Doc[]
}

/** One case a person (or a test) can try on the 验证备案类型 page. */
export interface SandboxCase {
  row: string
  title: string
  input: { province: string; hostNature: string; certificateType: string; certificateNumber: string; domain: string }
  account: 'new' | 'demo'
  expect: { filingType: string } | { code: string }
}

const personal = (province: string, certificateNumber: string, domain: string) => ({ province, hostNature: 'PERSONAL', certificateType: 'RESIDENT_ID', certificateNumber, domain })
const enterprise = (province: string, certificateNumber: string, domain: string, certificateType = 'BUSINESS_LICENSE', hostNature = 'ENTERPRISE') => ({ province, hostNature, certificateType, certificateNumber, domain })

export const SANDBOX_CASES: SandboxCase[] = [
  { row: 'D1', title: '主体和域名都没有备案 → 首次备案', input: personal('41', '41010419950505111X', 'brand-new-site.com'), account: 'new', expect: { filingType: 'FIRST_FILING' } },
  { row: 'D2', title: '主体已在本接入商备案（演示账号），新域名 → 新增网站（原备案在本接入商）', input: personal('41', '410102199001012341', 'wangxiaoming-new.com'), account: 'demo', expect: { filingType: 'ADD_SITE_OURS' } },
  { row: 'D3', title: '主体在其他接入商备案，新域名 → 新增网站（原备案不在本接入商）', input: personal('41', '410102198503151232', 'lixiaohua-new.cn'), account: 'new', expect: { filingType: 'ADD_SITE_OTHER' } },
  { row: 'D4', title: '主体和网站都在其他接入商备案 → 新增接入', input: enterprise('41', '91410100MA9CX0D07H', 'zz-example.com'), account: 'new', expect: { filingType: 'ADD_ACCESS' } },
  { row: 'D5 / B11', title: '网站已在本接入商备案（演示账号）→ 请办理变更备案', input: personal('41', '410102199001012341', 'wangxiaoming.com'), account: 'demo', expect: { code: 'FILING.DOMAIN_ALREADY_ACCESSED' } },
  { row: 'D6 / B09', title: '域名已在别人名下备案，证件没有备案 → 域名已备案，证件未备案', input: personal('41', '410106198808082229', 'filed-elsewhere.com'), account: 'new', expect: { code: 'FILING.DOMAIN_FILED_CERTIFICATE_NOT' } },
  { row: 'D7 / B10', title: '主体已备案，但域名属于另一个主体 → 域名冲突', input: enterprise('41', '91410100MA9CX0D07H', 'taken-domain.com'), account: 'new', expect: { code: 'FILING.DOMAIN_CONFLICT' } },
  { row: 'D8 / B14', title: '空壳主体（河南不允许直接新增网站）→ 须先注销', input: personal('41', '410302198707077899', 'shell-new.com'), account: 'new', expect: { code: 'FILING.SHELL_SUBJECT' } },
  { row: 'D8 (天津)', title: '空壳主体在允许直接新增网站的省份 → 新增网站（原备案不在本接入商）', input: personal('12', '120101197506063457', 'tianjin-new.com'), account: 'new', expect: { filingType: 'ADD_SITE_OTHER' } },
  { row: 'B06', title: '该证件在其他账号有进行中的订单 → 此证件存在进行中的订单', input: personal('41', '410102198606063331', 'another-try.com'), account: 'new', expect: { code: 'FILING.CERTIFICATE_ORDER_IN_PROGRESS' } },
  { row: 'B07', title: '主体已在本接入商的其他账号下备案 → 请使用原账号或转移备案', input: personal('44', '440305199202024563', 'guangdong-new.com'), account: 'new', expect: { code: 'FILING.CERTIFICATE_IN_OTHER_ACCOUNT' } },
  { row: 'B08', title: '原备案系统中有该主体和域名 → 认领备案', input: personal('11', '110108198211112220', 'legacy-site.com'), account: 'new', expect: { filingType: 'CLAIM' } },
  { row: 'B12', title: '主体已在北京备案，却选择了河北 → 备案省份须与原备案一致', input: personal('13', '110101198808085670', 'hebei-new.com'), account: 'new', expect: { code: 'FILING.PROVINCE_MISMATCH' } },
  { row: 'B13', title: '工信部记录为事业单位，却选择了企业 → 主办单位性质须一致', input: enterprise('41', '91410100MA9CX0D237', 'institute-new.com', 'BUSINESS_LICENSE', 'ENTERPRISE'), account: 'new', expect: { code: 'FILING.SUBJECT_MISMATCH' } },
  { row: 'B15', title: '主体在其他接入商有管局审核中的申请 → 备案主办者冲突', input: personal('41', '410105199309090126', 'pending-new.com'), account: 'new', expect: { code: 'FILING.SUBJECT_PENDING_ELSEWHERE' } },
  { row: 'B02', title: '填写了 www. → 请不要填写为 www.域名', input: personal('41', '410107199707073332', 'www.brand-new-site.com'), account: 'new', expect: { code: 'DOMAIN.WWW_PREFIX' } },
  { row: 'B04', title: '域名后缀未获批复 → 该后缀不支持备案', input: personal('41', '410102198503151232', 'example.io'), account: 'new', expect: { code: 'DOMAIN.SUFFIX_NOT_APPROVED' } },
  { row: 'B05', title: '身份证校验位错误 → 证件号码校验位不正确', input: personal('41', '410102198503151233', 'brand-new-site.com'), account: 'new', expect: { code: 'CERTIFICATE.CHECKSUM' } }
]
