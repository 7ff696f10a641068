import type { CardField, CardFields } from '../../../types/api/ocr'

/** Fields read from a card with the confidence of each (0–1, null when the engine gives none). */
export interface CardReading {
  fields: CardFields
  confidence: Partial<Record<CardField, number | null>>
}

export class ReadingBuilder {
  readonly reading: CardReading = { fields: {}, confidence: {} }
  set(field: CardField, value: string | undefined, score: number | null) {
    const v = value?.trim()
    if (!v) return
    this.reading.fields[field] = v
    this.reading.confidence[field] = score === null ? null : Math.round(score * 1000) / 1000
  }
}

/** Characters an OCR engine mistakes for digits, in number-only contexts. */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', Z: '2', z: '2', S: '5', s: '5', B: '8', b: '6', G: '6', g: '9' }

export const asDigits = (s: string): string => [...s].map((c) => DIGIT_LOOKALIKES[c] ?? c).join('')

const pad = (n: string) => n.padStart(2, '0')

/** YYYY-MM-DD from "2015.03.07", "20150307", "2015-03-07", "2015年3月7日". */
export function parseDate(s: string): string | undefined {
  const m = /(\d{4})\s*[.\-/年]?\s*(\d{1,2})\s*[.\-/月]?\s*(\d{1,2})\s*日?/.exec(asDigits(s))
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return undefined
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}`
}

/** "2015.03.07-2035.03.07", "2015年03月07日至长期" → from/to (to may be LONG_TERM). */
export function parseValidity(s: string): { from?: string; to?: string } {
  const text = asDigits(s.replace(/\s+/g, ''))
  const parts = text.split(/[-—–~至一]+(?=\d{4}|长期)/)
  const from = parts[0] ? parseDate(parts[0]) : undefined
  const rest = parts.slice(1).join('')
  const to = /长期|永久/.test(rest) ? 'LONG_TERM' : rest ? parseDate(rest) : /长期/.test(text) && !from ? 'LONG_TERM' : undefined
  return { from, to }
}
