import { CARD_FIELD_LABELS, type CardField, type CardFields, type FieldMismatch } from '../../types/api/ocr'

/**
 * Compares what was read with what the person entered: a difference is
 * flagged for them to check, never written over what they typed. Spaces,
 * full-width characters, bracket styles and the case of an ID's X do not count
 * as differences.
 */
export const normalizeForCompare = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .toUpperCase()

export function mismatches(read: CardFields, entered: CardFields | undefined): FieldMismatch[] {
  if (!entered) return []
  const out: FieldMismatch[] = []
  for (const [field, value] of Object.entries(read) as Array<[CardField, string]>) {
    const typed = entered[field]
    if (!value || !typed || !typed.trim()) continue
    if (normalizeForCompare(value) === normalizeForCompare(typed)) continue
    out.push({ field, read: value, entered: typed, message: `${CARD_FIELD_LABELS[field]}与证件上识别出的不一致，请核对后修改（以证件为准）` })
  }
  return out
}
