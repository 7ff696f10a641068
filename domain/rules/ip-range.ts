import type { IpRange } from '../../types/order'

/** Website IP ranges (spec §4.12): public IPv4, start ≤ end, ≤ 256 addresses, no overlaps. */
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const MAX_RANGE = 256

export const ipToNumber = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0)

const PRIVATE_OR_RESERVED: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3]
]

export const isPublicIpv4 = (ip: string): boolean =>
  IPV4.test(ip) &&
  !PRIVATE_OR_RESERVED.some(([base, bits]) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
    return ((ipToNumber(ip) & mask) >>> 0) === ((ipToNumber(base) & mask) >>> 0)
  })

/** The first problem with a website's IP ranges, in Chinese, or null. */
export function ipRangesProblem(ranges: IpRange[]): string | null {
  if (ranges.length === 0) return '请填写网站的 IP 地址段（只有一个 IP 时起止相同）'
  const spans: Array<[number, number]> = []
  for (const r of ranges) {
    const start = r.start?.trim()
    const end = (r.end?.trim() || start) ?? ''
    if (!IPV4.test(start ?? '') || !IPV4.test(end)) return `IP 地址格式不正确：${start}–${end}`
    if (!isPublicIpv4(start) || !isPublicIpv4(end)) return `请填写服务器的公网 IP，${start}–${end} 是内网或保留地址`
    const a = ipToNumber(start)
    const b = ipToNumber(end)
    if (a > b) return `起始 IP 不能大于终止 IP：${start}–${end}`
    if (b - a + 1 > MAX_RANGE) return `IP 地址段过大（最多 ${MAX_RANGE} 个地址）：${start}–${end}`
    if (spans.some(([x, y]) => a <= y && x <= b)) return `IP 地址段有重叠：${start}–${end}`
    spans.push([a, b])
  }
  return null
}
