import { PROVINCES } from '../../types/province'

const SHORT_NAMES = PROVINCES.map((p) => ({ code: p.code, names: [p.name, p.name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')] }))

/** The province an address starts with (证件住所 / 通信地址), if it names one. */
export function addressProvince(address: string): string | null {
  const a = address.trim()
  const hit = SHORT_NAMES.find((p) => p.names.some((n) => n.length >= 2 && a.startsWith(n)))
  return hit?.code ?? null
}
