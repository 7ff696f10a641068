import { checkResidentIdNumber } from '../../../domain/rules/resident-id'
import { type Row, type TextLine, rowsOf } from './layout'
import { ReadingBuilder, type CardReading, asDigits, parseDate, parseValidity } from './reading'

/**
 * Field extraction for the resident ID card (居民身份证). The front (人像面)
 * carries 姓名 / 性别 / 民族 / 出生 / 住址 / 公民身份号码, the back (国徽面)
 * 签发机关 and 有效期限. Values are found by their labels in reading order, so
 * a tilted, noisy photo or a label read together with its value works alike.
 */
const ID_CANDIDATE = /\d{17}[\dX]/g

/** The 18-character number on the card: a checksum-valid one if any, else the first of its shape. */
export function findIdNumber(rows: Row[], today: string): { value: string; row: number } | undefined {
  const found: Array<{ value: string; row: number; valid: boolean }> = []
  rows.forEach((r, i) => {
    const text = r.text.replace(/公民身份号码|公民身份号|身份号码/g, '').replace(/[xX×]/g, 'X')
    const cleaned = asDigits(text.replace(/[^0-9A-Za-z|]/g, ''))
    for (const m of cleaned.matchAll(ID_CANDIDATE)) found.push({ value: m[0], row: i, valid: checkResidentIdNumber(m[0], today).ok })
  })
  return found.find((f) => f.valid) ?? found[0]
}

const afterLabel = (text: string, label: RegExp) => {
  const m = label.exec(text)
  return m ? text.slice(m.index + m[0].length) : undefined
}

const rowIndex = (rows: Row[], label: RegExp) => rows.findIndex((r) => label.test(r.text))

export function extractIdFront(lines: TextLine[], today: string): CardReading {
  const rows = rowsOf(lines)
  const out = new ReadingBuilder()
  const id = findIdNumber(rows, today)
  if (id) out.set('idNumber', id.value, rows[id.row].score)

  const nameRow = rowIndex(rows, /姓\s*名/)
  if (nameRow >= 0) {
    const value = afterLabel(rows[nameRow].text, /姓\s*名/)?.replace(/[^\u3400-\u9fff·]/g, '')
    const name = value || rows[nameRow + 1]?.text.replace(/[^\u3400-\u9fff·]/g, '')
    out.set('name', name, rows[nameRow].score)
  }

  const sexRow = rowIndex(rows, /性\s*别|民\s*族/)
  const sexText = sexRow >= 0 ? rows[sexRow].text : rows.slice(0, 4).map((r) => r.text).join('')
  const gender = /性\s*别\s*([男女])/.exec(sexText)?.[1] ?? /([男女])/.exec(sexText.replace(/性\s*别/, ''))?.[1]
  out.set('gender', gender, sexRow >= 0 ? rows[sexRow].score : 0.5)
  const ethnicity = afterLabel(sexText, /民\s*族/)?.replace(/[^\u3400-\u9fff]/g, '').slice(0, 5)
  out.set('ethnicity', ethnicity, sexRow >= 0 ? rows[sexRow].score : 0.5)

  const birthRow = rows.findIndex((r) => /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}/.test(r.text) || /^出\s*生/.test(r.text))
  if (birthRow >= 0) out.set('birthDate', parseDate(rows[birthRow].text.replace(/出\s*生/, '')), rows[birthRow].score)

  // 住址: from its label's row to the row of the number (the address may wrap over several rows).
  const addressRow = rowIndex(rows, /住\s*址/)
  const numberRow = id?.row ?? rowIndex(rows, /公民身份/)
  // The label sits beside the middle of a wrapped address: start right after the birth date when there is one.
  const start = birthRow >= 0 && (addressRow < 0 || birthRow < addressRow) ? birthRow + 1 : addressRow
  const end = numberRow >= 0 && numberRow > start ? numberRow : rows.length
  if (start >= 0) {
    const part = rows.slice(start, end).filter((r) => !/公民身份/.test(r.text))
    const address = part.map((r) => r.text).join('').replace(/住\s*址/, '')
    out.set('address', address, part.length ? Math.min(...part.map((r) => r.score)) : 0)
  }
  return out.reading
}

export function extractIdBack(lines: TextLine[]): CardReading {
  const rows = rowsOf(lines)
  const out = new ReadingBuilder()
  const authorityRow = rowIndex(rows, /签\s*发\s*机\s*关/)
  if (authorityRow >= 0) {
    const value = afterLabel(rows[authorityRow].text, /签\s*发\s*机\s*关/)
    const authority = value || rows[authorityRow + 1]?.text
    out.set('authority', authority?.replace(/[^\u3400-\u9fff0-9（）()]/g, ''), rows[authorityRow].score)
  } else {
    const guess = rows.find((r) => /公安局|分局|派出所/.test(r.text))
    if (guess) out.set('authority', guess.text.replace(/[^\u3400-\u9fff0-9（）()]/g, ''), guess.score)
  }
  const validityRow = rows.findIndex((r) => /有\s*效\s*期\s*限/.test(r.text) && /\d{4}/.test(r.text)) 
  const row = validityRow >= 0 ? validityRow : rows.findIndex((r) => /\d{4}\D{0,2}\d{2}\D{0,2}\d{2}.*(\d{4}|长期)/.test(r.text))
  if (row >= 0) {
    const v = parseValidity(rows[row].text.replace(/有\s*效\s*期\s*限/, ''))
    out.set('validFrom', v.from, rows[row].score)
    out.set('validTo', v.to, rows[row].score)
  }
  return out.reading
}
