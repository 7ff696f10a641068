import { isEmail, isLandline, isMobile, isOfficePhone, normalizeMobile } from '../../domain/rules/contact'
import { ipRangesProblem, isPublicIpv4 } from '../../domain/rules/ip-range'
import { websiteNameProblem } from '../../domain/rules/website-name'
import { maskCertificate, maskPhone } from '../../domain/masking'

describe('phones and e-mail (spec §4.7)', () => {
  it.each(['13800138000', '+86 138 0013 8000', '008613800138000', '19912345678'])('mobile %s', (m) => expect(isMobile(m)).toBe(true))
  it.each(['12800138000', '1380013800', '138001380001', '02512345678'])('not a mobile: %s', (m) => expect(isMobile(m)).toBe(false))
  it('normalises mobiles', () => expect(normalizeMobile('+86 138-0013-8000')).toBe('13800138000'))
  it.each(['025-12345678', '01012345678', '0755-1234567'])('landline %s', (p) => expect(isLandline(p)).toBe(true))
  it('office phone: a mobile only where the province allows it', () => {
    expect(isOfficePhone('13800138000', false)).toBe(true)
    expect(isOfficePhone('13800138000', true)).toBe(false)
    expect(isOfficePhone('025-12345678', true)).toBe(true)
  })
  it.each([['a@b.cn', true], ['zhang.san+icp@example.com.cn', true], ['no-at.example.com', false], ['a@b', false]])('email %s → %s', (e, ok) => expect(isEmail(e)).toBe(ok))
})

describe('IP ranges (spec §4.12)', () => {
  it('accepts a single public IP and disjoint ranges', () => {
    expect(ipRangesProblem([{ start: '81.70.1.10', end: '81.70.1.10' }])).toBeNull()
    expect(ipRangesProblem([{ start: '81.70.1.10', end: '81.70.1.20' }, { start: '81.70.2.1', end: '81.70.2.1' }])).toBeNull()
  })
  it.each([
    [[], '请填写'],
    [[{ start: '10.0.0.1', end: '10.0.0.1' }], '内网'],
    [[{ start: '192.168.1.1', end: '192.168.1.1' }], '内网'],
    [[{ start: '81.70.1.20', end: '81.70.1.10' }], '起始 IP 不能大于'],
    [[{ start: '81.70.1.1', end: '81.70.3.1' }], '过大'],
    [[{ start: '81.70.1.1', end: '81.70.1.9' }, { start: '81.70.1.5', end: '81.70.1.6' }], '重叠'],
    [[{ start: '300.1.1.1', end: '300.1.1.1' }], '格式不正确']
  ])('refuses %j', (ranges, text) => expect(ipRangesProblem(ranges)).toContain(text))
  it('knows public from reserved', () => {
    expect(isPublicIpv4('8.8.8.8')).toBe(true)
    expect(isPublicIpv4('100.64.0.1')).toBe(false)
    expect(isPublicIpv4('224.0.0.1')).toBe(false)
  })
})

describe('website names (spec §4.9)', () => {
  it.each([
    ['张三读书笔记', 'PERSONAL'],
    ['示例科技官网', 'ENTERPRISE'],
    ['中国政府网', 'GOVERNMENT']
  ] as const)('accepts %s for %s', (name, nature) => expect(websiteNameProblem(name, nature)).toBeNull())
  it.each([
    ['', 'PERSONAL', '请填写'],
    ['AB', 'ENTERPRISE', '三个'],
    ['abc网站', 'ENTERPRISE', '三个'],
    ['示例@科技', 'ENTERPRISE', '特殊符号'],
    ['张三的博客', 'PERSONAL', '博客'],
    ['技术交流社区', 'PERSONAL', '社区'],
    ['中国示例科技', 'ENTERPRISE', '中国'],
    ['示例维权中心', 'ENTERPRISE', '维权'],
    ['example.com示例站', 'ENTERPRISE', '域名']
  ] as const)('refuses %j for %s (%s)', (name, nature, text) => expect(websiteNameProblem(name, nature, ['example.com'])).toContain(text))
})

describe('masking for lists and logs', () => {
  it('masks certificate and phone numbers', () => {
    expect(maskCertificate('11010519491231002X')).toBe('1101**********002X')
    expect(maskPhone('13800138000')).toBe('138****8000')
  })
})
