import { isValidUscc } from '../../../domain/rules/credit-code'
import { type Row, type TextLine, rowsOf } from './layout'
import { ReadingBuilder, type CardReading, parseValidity } from './reading'

/**
 * Field extraction for the business licence (营业执照): the credit code
 * anywhere on it, and each labelled field as the text between its label and
 * the next label, in either column of the licence and over wrapped rows.
 */
const LABELS = {
  companyName: /名\s*称/,
  companyType: /类\s*型/,
  legalRepresentative: /法\s*定\s*代\s*表\s*人|执行事务合伙人|经\s*营\s*者|负\s*责\s*人|投\s*资\s*人/,
  address: /住\s*所|主要经营场所|经\s*营\s*场\s*所|营\s*业\s*场\s*所/,
  validity: /营\s*业\s*期\s*限|经\s*营\s*期\s*限|合\s*伙\s*期\s*限/,
  registeredAt: /成\s*立\s*日\s*期|注\s*册\s*日\s*期/,
  capital: /注\s*册\s*资\s*本|出\s*资\s*额/,
  scope: /经\s*营\s*范\s*围/,
  authority: /登\s*记\s*机\s*关/,
  code: /统一社会信用代码|注\s*册\s*号/
} as const
type Label = keyof typeof LABELS

/** Letters the credit-code alphabet leaves out, as engines read them. */
const CODE_LOOKALIKES: Record<string, string> = { O: '0', I: '1', S: '5', Z: '2', V: 'U' }

export function findCreditCode(rows: Row[]): { value: string; row: number } | undefined {
  const found: Array<{ value: string; row: number; valid: boolean }> = []
  rows.forEach((r, i) => {
    const cleaned = [...r.text.toUpperCase().replace(/[^0-9A-Z]/g, '')].map((c) => CODE_LOOKALIKES[c] ?? c).join('')
    for (let s = 0; s + 18 <= cleaned.length; s++) {
      const m = cleaned.slice(s, s + 18)
      if (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(m)) found.push({ value: m, row: i, valid: isValidUscc(m) })
    }
  })
  return found.find((f) => f.valid) ?? found[0]
}

interface Segment {
  label: Label
  value: string
  score: number
  row: number
}

/** Splits each row at the labels it contains; unlabelled rows continue the segment before them. */
function segments(rows: Row[]): Segment[] {
  const out: Segment[] = []
  rows.forEach((r, i) => {
    const hits = (Object.keys(LABELS) as Label[])
      .map((label) => ({ label, m: LABELS[label].exec(r.text) }))
      .filter((h): h is { label: Label; m: RegExpExecArray } => !!h.m)
      .sort((a, b) => a.m.index - b.m.index)
    if (!hits.length) {
      const last = out.at(-1)
      if (last && last.row === i - 1 && (last.label === 'address' || last.label === 'scope')) {
        last.value += r.text
        last.score = Math.min(last.score, r.score)
        last.row = i
      }
      return
    }
    hits.forEach((h, k) => {
      const end = k + 1 < hits.length ? hits[k + 1].m.index : r.text.length
      out.push({ label: h.label, value: r.text.slice(h.m.index + h.m[0].length, end), score: r.score, row: i })
    })
  })
  return out
}

export function extractBusinessLicense(lines: TextLine[]): CardReading {
  const rows = rowsOf(lines)
  const out = new ReadingBuilder()
  const code = findCreditCode(rows)
  if (code) out.set('creditCode', code.value, rows[code.row].score)
  const segs = segments(rows)
  const seg = (label: Label) => segs.find((s) => s.label === label && s.value.replace(/[:：]/g, '').trim())
  const clean = (s: string) => s.replace(/^[:：]/, '').trim()
  const name = seg('companyName')
  if (name) out.set('companyName', clean(name.value), name.score)
  const type = seg('companyType')
  if (type) out.set('companyType', clean(type.value).replace(/\(/g, '（').replace(/\)/g, '）'), type.score)
  const rep = seg('legalRepresentative')
  if (rep) out.set('legalRepresentative', clean(rep.value).replace(/[^\u3400-\u9fff·]/g, ''), rep.score)
  const address = seg('address')
  if (address) out.set('address', clean(address.value), address.score)
  const validity = seg('validity')
  const registered = seg('registeredAt')
  if (validity) {
    const v = parseValidity(clean(validity.value))
    out.set('validFrom', v.from ?? (registered ? parseValidity(registered.value).from : undefined), validity.score)
    out.set('validTo', v.to, validity.score)
  } else if (registered) out.set('validFrom', parseValidity(registered.value).from, registered.score)
  return out.reading
}
