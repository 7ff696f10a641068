import sharp from 'sharp'
import { company, person, rng, type Company, type Person } from '../../bench/ocr/people'
import { type CardKind, cardSvg, photograph, randomStyle } from '../../bench/ocr/render-card'

/** Synthetic card photos (bench/ocr's generator) for tests: fictional, checksum-valid, seeded. */
export async function cardPhoto(kind: CardKind, seed: number, level: 0 | 1 | 2 = 1): Promise<{ bytes: Buffer; person: Person; company: Company }> {
  const r = rng(seed)
  const p = person(r)
  const c = company(r)
  const style = randomStyle(r, level)
  const bytes = await photograph(cardSvg(kind, kind === 'BUSINESS_LICENSE' ? c : p, style.font), style, r)
  return { bytes, person: p, company: c }
}

/** The same photo in greyscale (a black-and-white scan). */
export const greyscale = (bytes: Buffer) => sharp(bytes).greyscale().jpeg({ quality: 90 }).toBuffer()
