import { parseFilingDomain } from '../../domain/rules/domain-name'

describe('parseFilingDomain (spec §4.1, Appendix A)', () => {
  it.each([
    ['example.com', 'example.com', 'example.com', 'com'],
    ['  Example.COM ', 'example.com', 'example.com', 'com'],
    ['example.com.cn', 'example.com.cn', 'example.com.cn', 'com.cn'],
    ['例子.中国', 'xn--fsqu00a.xn--fiqs8s', '例子.中国', '中国'],
    ['xn--fsqu00a.xn--fiqs8s', 'xn--fsqu00a.xn--fiqs8s', '例子.中国', '中国'],
    ['例子。中国', 'xn--fsqu00a.xn--fiqs8s', '例子.中国', '中国'],
    ['test.政务.cn', 'test.xn--zfr164b.cn', 'test.政务.cn', '政务.cn'],
    ['my-site.top', 'my-site.top', 'my-site.top', 'top']
  ])('accepts %s', (input, ascii, unicode, suffix) => {
    expect(parseFilingDomain(input)).toEqual({ ok: true, value: { ascii, unicode, suffix } })
  })

  it.each([
    ['', 'DOMAIN.REQUIRED'],
    ['www.example.com', 'DOMAIN.WWW_PREFIX'],
    ['shop.example.com.cn', 'DOMAIN.SUBDOMAIN'],
    ['http://example.com/a', 'DOMAIN.HAS_SCHEME'],
    ['example.com/a', 'DOMAIN.HAS_PATH'],
    ['example.com:8080', 'DOMAIN.HAS_PORT'],
    ['example.io', 'DOMAIN.SUFFIX_NOT_APPROVED'],
    ['*.example.com', 'DOMAIN.WILDCARD'],
    ['example.com.', 'DOMAIN.INVALID'],
    ['-bad.com', 'DOMAIN.INVALID'],
    ['exa_mple.com', 'DOMAIN.INVALID'],
    ['1.2.3.4', 'DOMAIN.IP_LITERAL'],
    ['localhost', 'DOMAIN.INVALID'],
    [`${'a'.repeat(64)}.com`, 'DOMAIN.INVALID']
  ])('refuses %j with %s', (input, code) => {
    const r = parseFilingDomain(input)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.violation.code).toBe(code)
      expect(r.violation.field).toBe('domain')
      expect(r.violation.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })

  it('says which main domain to file instead of a www. or sub-domain', () => {
    const www = parseFilingDomain('www.example.com')
    const sub = parseFilingDomain('shop.example.com.cn')
    expect(!www.ok && www.violation.message).toContain('example.com')
    expect(!sub.ok && sub.violation.message).toContain('example.com.cn')
  })
})
