import sharp from 'sharp'
import type { Company, Person, Rng } from './people'
import { pick } from './people'

/**
 * Synthetic photos of ID cards and business licences: the card drawn as SVG
 * (labels where the real cards have them), then "photographed": put on a
 * table, rotated, lit unevenly, blurred, noised and JPEG-compressed.
 */
export type CardKind = 'RESIDENT_ID_FRONT' | 'RESIDENT_ID_BACK' | 'BUSINESS_LICENSE'

export interface PhotoStyle {
  font: string
  /** Degrees, positive = clockwise. */
  rotation: number
  blur: number
  /** Standard deviation of the added noise (0–255 scale). */
  noise: number
  quality: number
  /** Brightness multiplier at the darker side of the lighting gradient (1 = even light). */
  shade: number
  table: string
  /** Card width in the photo, pixels. */
  width: number
}

const FONTS = ['WenQuanYi Zen Hei', 'WenQuanYi Zen Hei Sharp', 'WenQuanYi Zen Hei Mono']
const TABLES = ['#6b4f3a', '#3d3d3d', '#d9d4cc', '#2f4a5c', '#8a8f7a', '#e8e2d6']

/** A style drawn at random; `level` 0 clean … 2 hard. */
export function randomStyle(r: Rng, level: 0 | 1 | 2): PhotoStyle {
  const span = [2, 8, 15][level]
  return {
    font: pick(r, FONTS),
    rotation: (r() * 2 - 1) * span,
    blur: level === 0 ? 0 : r() * [0, 0.9, 1.5][level],
    noise: [2, 8, 16][level] * r(),
    quality: Math.round([92, 70, 45][level] + r() * 8),
    shade: 1 - r() * [0.1, 0.35, 0.55][level],
    table: pick(r, TABLES),
    width: Math.round([1000, 900, 760][level] + r() * 200)
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const lines = (s: string, per: number) => Array.from({ length: Math.ceil(s.length / per) }, (_, i) => s.slice(i * per, (i + 1) * per))
const ymd = (d: string) => d.split('-').map(Number)
const dotted = (d: string) => (d === 'LONG_TERM' ? '长期' : d.replace(/-/g, '.'))

function guilloche(w: number, h: number, colour: string): string {
  const paths: string[] = []
  for (let k = 0; k < 14; k++) {
    let d = `M0 ${20 + k * 38}`
    for (let x = 0; x <= w; x += 20) d += ` L${x} ${20 + k * 38 + Math.sin((x + k * 30) / 45) * 9}`
    paths.push(`<path d="${d}" stroke="${colour}" stroke-width="1" fill="none" opacity="0.35"/>`)
  }
  return paths.join('')
}

const W = 856
const H = 540

export function idFrontSvg(p: Person, font: string): string {
  const [y, m, d] = ymd(p.birthDate)
  const label = (x: number, yy: number, t: string) => `<text x="${x}" y="${yy}" font-size="24" fill="#3b6ea5" letter-spacing="6">${t}</text>`
  const value = (x: number, yy: number, t: string, size = 30) => `<text x="${x}" y="${yy}" font-size="${size}" fill="#111">${esc(t)}</text>`
  const addr = lines(p.address, 11).map((l, i) => value(160, 300 + i * 42, l, 28)).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="${font}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f3f6f4"/><stop offset="1" stop-color="#e4ecef"/></linearGradient></defs>
    <rect width="${W}" height="${H}" rx="28" fill="url(#g)"/>${guilloche(W, H, '#b9cbd6')}
    ${label(50, 95, '姓名')}${value(160, 97, p.name, 34)}
    ${label(50, 160, '性别')}${value(160, 162, p.gender)}${label(270, 160, '民族')}${value(380, 162, p.ethnicity)}
    ${label(50, 225, '出生')}${value(160, 227, `${y}`)}${label(250, 225, '年')}${value(300, 227, `${m}`)}${label(345, 225, '月')}${value(395, 227, `${d}`)}${label(440, 225, '日')}
    ${label(50, 300, '住址')}${addr}
    ${label(50, 470, '公民身份号码')}<text x="300" y="472" font-size="34" fill="#111" font-family="DejaVu Sans Mono, monospace" letter-spacing="3">${p.idNumber}</text>
    <rect x="590" y="70" width="210" height="270" fill="#dfe7ea"/><ellipse cx="695" cy="175" rx="62" ry="78" fill="#c99f84"/><rect x="615" y="255" width="160" height="85" rx="40" fill="#364b63"/>
  </svg>`
}

export function idBackSvg(p: Person, font: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="${font}">
    <rect width="${W}" height="${H}" rx="28" fill="#eef3f1"/>${guilloche(W, H, '#c6d3cf')}
    <circle cx="130" cy="130" r="75" fill="#d8b14a" opacity="0.85"/><circle cx="130" cy="130" r="50" fill="#c0392b" opacity="0.7"/>
    <text x="260" y="125" font-size="44" fill="#222" letter-spacing="10">中华人民共和国</text>
    <text x="280" y="205" font-size="54" fill="#222" letter-spacing="16">居民身份证</text>
    <text x="170" y="390" font-size="24" fill="#333" letter-spacing="6">签发机关</text><text x="330" y="392" font-size="28" fill="#111">${esc(p.authority)}</text>
    <text x="170" y="460" font-size="24" fill="#333" letter-spacing="6">有效期限</text><text x="330" y="462" font-size="28" fill="#111">${dotted(p.validFrom)}-${dotted(p.validTo)}</text>
  </svg>`
}

const LW = 1100
const LH = 780

export function licenseSvg(c: Company, font: string): string {
  const cn = (d: string) => (d === 'LONG_TERM' ? '长期' : `${d.slice(0, 4)}年${d.slice(5, 7)}月${d.slice(8, 10)}日`)
  const row = (yy: number, label: string, val: string) =>
    `<text x="90" y="${yy}" font-size="24" fill="#333" letter-spacing="4">${label}</text><text x="260" y="${yy}" font-size="25" fill="#111">${esc(val)}</text>`
  const addr = lines(c.address, 28)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${LW}" height="${LH}" font-family="${font}">
    <rect width="${LW}" height="${LH}" fill="#fbf7ee"/><rect x="20" y="20" width="${LW - 40}" height="${LH - 40}" fill="none" stroke="#c9a34a" stroke-width="10"/>
    <circle cx="${LW / 2}" cy="95" r="42" fill="#c0392b" opacity="0.8"/>
    <text x="${LW / 2}" y="200" font-size="60" fill="#222" text-anchor="middle" letter-spacing="24">营业执照</text>
    <text x="90" y="265" font-size="22" fill="#333">统一社会信用代码</text><text x="90" y="300" font-size="28" fill="#111" font-family="DejaVu Sans Mono, monospace">${c.creditCode}</text>
    ${row(370, '名　　称', c.name)}
    ${row(420, '类　　型', c.type)}
    ${row(470, '法定代表人', c.legalRepresentative)}
    ${row(520, '成立日期', cn(c.registeredAt))}
    ${row(570, '营业期限', `${cn(c.registeredAt)}至${cn(c.validTo)}`)}
    ${row(620, '住　　所', addr[0])}${addr.slice(1).map((l, i) => `<text x="260" y="${655 + i * 34}" font-size="25" fill="#111">${esc(l)}</text>`).join('')}
    <text x="780" y="720" font-size="22" fill="#333">登记机关</text><circle cx="900" cy="700" r="55" fill="none" stroke="#c0392b" stroke-width="5" opacity="0.8"/>
  </svg>`
}

/** Photographs a card drawing the way a phone would: table, rotation, light, blur, noise, JPEG. */
export async function photograph(svg: string, s: PhotoStyle, r: Rng): Promise<Buffer> {
  const card = sharp(Buffer.from(svg)).resize({ width: s.width })
  const cardPng = await card.png().toBuffer()
  const meta = await sharp(cardPng).metadata()
  const cw = meta.width!
  const ch = meta.height!
  const margin = Math.round(cw * (0.06 + r() * 0.08))
  const rotated = await sharp(cardPng)
    .rotate(s.rotation, { background: s.table })
    .toBuffer({ resolveWithObject: true })
  const fw = rotated.info.width + margin * 2
  const fh = rotated.info.height + margin * 2
  const dark = Math.round(255 * s.shade)
  const lightSide = r() < 0.5 ? ['0', '1'] : ['1', '0']
  const light = `<svg xmlns="http://www.w3.org/2000/svg" width="${fw}" height="${fh}"><defs><linearGradient id="l" x1="${lightSide[0]}" y1="0" x2="${lightSide[1]}" y2="1"><stop offset="0" stop-color="rgb(255,255,255)"/><stop offset="1" stop-color="rgb(${dark},${dark},${dark})"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#l)"/></svg>`
  let img = await sharp({ create: { width: fw, height: fh, channels: 3, background: s.table } })
    .composite([
      { input: rotated.data, left: margin, top: margin },
      { input: Buffer.from(light), blend: 'multiply' }
    ])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  if (s.noise > 0) {
    const d = img.data
    for (let i = 0; i < d.length; i++) {
      // Box–Muller would be exact; the sum of three uniforms is close enough to Gaussian.
      const n = (r() + r() + r() - 1.5) * 2 * s.noise
      d[i] = Math.max(0, Math.min(255, d[i] + n))
    }
  }
  let out = sharp(img.data, { raw: { width: img.info.width, height: img.info.height, channels: 3 } })
  if (s.blur >= 0.3) out = out.blur(s.blur)
  void ch
  return out.jpeg({ quality: s.quality }).toBuffer()
}

export function cardSvg(kind: CardKind, subject: Person | Company, font: string): string {
  if (kind === 'BUSINESS_LICENSE') return licenseSvg(subject as Company, font)
  return kind === 'RESIDENT_ID_FRONT' ? idFrontSvg(subject as Person, font) : idBackSvg(subject as Person, font)
}
