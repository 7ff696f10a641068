import { CARD_KIND_LABELS, type RecognizeInput, type RecognizeResult } from '../../types/api/ocr'
import { AppFailure } from '../../types/result'
import { cardFieldProblems } from '../../domain/rules/card-fields'
import { provinceRules } from '../../domain/province-rules'
import { chinaDate } from '../../domain/time'
import { mismatches } from './compare'
import type { OcrEngine } from './engine'
import type { CardReading } from './extract/reading'

/**
 * Reads a card and judges what was read: every value through the domain rules
 * (check digits, dates, validity window of the province), and against what
 * the person entered — differences are flagged, never written over.
 */
export async function recognizeCard(engine: OcrEngine, image: Buffer, input: RecognizeInput, now: Date): Promise<RecognizeResult> {
  const reading = await engine.read(input.kind, image, chinaDate(now))
  if (Object.keys(reading.fields).length === 0)
    throw new AppFailure({
      code: 'OCR.NOT_RECOGNIZED',
      message: `未能从照片中识别出${CARD_KIND_LABELS[input.kind]}的信息，请确认上传的是${CARD_KIND_LABELS[input.kind]}，并拍摄清晰、完整、无反光的照片`,
      field: 'fileID'
    })
  return judgeReading(reading, engine.name, input, now)
}

/** The rule problems of a reading and its differences from what was entered (also for a stored reading). */
export function judgeReading(reading: CardReading, engine: string, input: Pick<RecognizeInput, 'kind' | 'entered' | 'province'>, now: Date): RecognizeResult {
  const province = input.province ?? reading.fields.idNumber?.slice(0, 2) ?? reading.fields.creditCode?.slice(2, 4) ?? ''
  return {
    kind: input.kind,
    engine,
    fields: reading.fields,
    confidence: reading.confidence,
    problems: cardFieldProblems(reading.fields, chinaDate(now), provinceRules(province).certificateMinValidityMonths),
    mismatches: mismatches(reading.fields, input.entered)
  }
}
