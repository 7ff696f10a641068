import { createHash } from 'node:crypto'
import type { CardField, CardKind } from '../../types/api/ocr'
import type { CardReading } from './extract/reading'
import { rows } from '../kernel/query'
import type { Database } from '../kernel/wx'

/**
 * What OCR read from an uploaded card, kept per file (collection
 * `ocr_results`, id derived from the fileID): read once after the upload, then
 * compared again whenever needed — with what the person types in the wizard,
 * and with what was submitted on the reviewer's page — without reading again.
 */
export interface StoredReading extends CardReading {
  _id: string
  fileID: string
  kind: CardKind
  /** Who asked for the reading (the uploader). */
  owner: string
  engine: string
  readAt: string
}

export const readingId = (fileID: string) => createHash('sha256').update(fileID).digest('hex').slice(0, 32)

export async function loadReading(db: Database, fileID: string, kind: CardKind): Promise<StoredReading | null> {
  const [hit] = await rows<StoredReading>(db.collection('ocr_results').where({ _id: readingId(fileID), kind }).limit(1))
  return hit ?? null
}

export async function saveReading(db: Database, r: Omit<StoredReading, '_id'>): Promise<void> {
  const { fileID, kind, owner, engine, readAt, fields, confidence } = r
  await db.collection('ocr_results').doc(readingId(fileID)).set({ data: { fileID, kind, owner, engine, readAt, fields, confidence: confidence as Partial<Record<CardField, number | null>> } })
}

/** The stored readings of these files, by fileID. */
export async function readingsOf(db: Database, fileIDs: string[]): Promise<Map<string, StoredReading>> {
  if (!fileIDs.length) return new Map()
  const _ = db.command
  const found = await rows<StoredReading>(db.collection('ocr_results').where({ _id: _.in(fileIDs.map(readingId)) }).limit(100))
  return new Map(found.map((r) => [r.fileID, r]))
}
