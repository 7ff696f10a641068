import { CARD_FIELD_LABELS, CARD_FIELDS, type CardField, type CardKind, type FieldProblem } from '../../types/api/ocr'
import type { Order } from '../../types/order'
import { enteredForMaterial } from '../../domain/rules/card-entered'
import { mismatches } from '../ocr/compare'
import { judgeReading } from '../ocr/recognize'
import { readingsOf } from '../ocr/readings'
import type { Database } from '../kernel/wx'

/** One row of the comparison: what OCR read and what the applicant entered for the same item. */
export interface CardCheckRow {
  field: CardField
  label: string
  read: string
  /** Absent where the form has no such item (e.g. 民族). */
  entered?: string
  differs: boolean
}

/** An ID card or licence of the order with its OCR reading set against what was submitted. */
export interface CardCheck {
  materialKind: string
  websiteId?: string
  fileID: string
  card: CardKind
  /** NOT_READ: no reading was kept for this file (e.g. the engine was unavailable at upload). */
  status: 'READ' | 'NOT_READ'
  engine?: string
  readAt?: string
  rows: CardCheckRow[]
  differences: number
  problems: FieldProblem[]
}

/**
 * For the reviewer: each card material's stored OCR reading against the
 * values on the order now, differences counted and flagged (the same
 * comparison the wizard showed the applicant), and the rule problems of what
 * was read (check digits, validity).
 */
export async function cardChecks(db: Database, order: Order, now: Date): Promise<CardCheck[]> {
  const cards = order.materials.flatMap((m) => {
    const entries = enteredForMaterial(order, m.kind, m.websiteId)
    return entries ? [{ m, entries }] : []
  })
  const readings = await readingsOf(db, cards.map((c) => c.m.fileID))
  return cards.map(({ m, entries }) => {
    const base = { materialKind: m.kind, ...(m.websiteId ? { websiteId: m.websiteId } : {}), fileID: m.fileID, card: entries.card }
    const reading = readings.get(m.fileID)
    if (!reading || reading.kind !== entries.card) return { ...base, status: 'NOT_READ' as const, rows: [], differences: 0, problems: [] }
    const differing = new Set(mismatches(reading.fields, entries.entered).map((x) => x.field))
    const rows = CARD_FIELDS.filter((f) => reading.fields[f]).map((field) => {
      const entered = entries.entered[field]
      return { field, label: CARD_FIELD_LABELS[field], read: reading.fields[field]!, ...(field in entries.entered ? { entered: entered ?? '' } : {}), differs: differing.has(field) }
    })
    const { problems } = judgeReading(reading, reading.engine, { kind: entries.card, province: order.identity.province }, now)
    return { ...base, status: 'READ' as const, engine: reading.engine, readAt: reading.readAt, rows, differences: differing.size, problems }
  })
}
