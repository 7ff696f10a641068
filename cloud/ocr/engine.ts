import type { CardKind } from '../../types/api/ocr'
import { extractBusinessLicense } from './extract/business-license'
import type { TextLine } from './extract/layout'
import type { CardReading } from './extract/reading'
import { extractIdBack, extractIdFront } from './extract/resident-id'

/**
 * OCR port: reads one card photo into fields with confidences. Local: the
 * PaddleOCR models from npm (paddle-engine.ts). Production: WeChat's
 * openapi.ocr.* or Tencent Cloud OCR (their adapters), chosen by ICP_OCR_ENGINE.
 */
export interface OcrEngine {
  readonly name: 'local' | 'wechat' | 'tencent'
  read(kind: CardKind, image: Buffer, today: string): Promise<CardReading>
}

/** Field extraction for a card kind over the text lines an engine found. */
export function extractCard(kind: CardKind, lines: TextLine[], today: string): CardReading {
  if (kind === 'RESIDENT_ID_FRONT') return extractIdFront(lines, today)
  if (kind === 'RESIDENT_ID_BACK') return extractIdBack(lines)
  return extractBusinessLicense(lines)
}

/** The field without which a reading of this card kind counts as failed (e.g. the photo is upside down). */
export const KEY_FIELD = { RESIDENT_ID_FRONT: 'idNumber', RESIDENT_ID_BACK: 'validTo', BUSINESS_LICENSE: 'creditCode' } as const

export class OcrUnavailable extends Error {}
