import { CARD_KIND_LABELS, type RecognizeInput, type RecognizeResult } from '../../types/api/ocr'
import { AppFailure } from '../../types/result'
import { cardFieldProblems } from '../../domain/rules/card-fields'
import { provinceRules } from '../../domain/province-rules'
import { chinaDate } from '../../domain/time'
import { mismatches } from './compare'
import type { OcrEngine } from './engine'

/**
 * Reads a card and judges what was read: every value through the domain rules
 * (check digits, dates, validity window of the province), and against what
 * the person entered — differences are flagged, never written over.
 */
export async function recognizeCard(engine: OcrEngine, image: Buffer, input: RecognizeInput, now: Date): Promise<RecognizeResult> {
  const today = chinaDate(now)
  const reading = await engine.read(input.kind, image, today)
  if (Object.keys(reading.fields).length === 0)
    throw new AppFailure({
      code: 'OCR.NOT_RECOGNIZED',
      message: `未能从照片中识别出${CARD_KIND_LABELS[input.kind]}的信息，请确认上传的是${CARD_KIND_LABELS[input.kind]}，并拍摄清晰、完整、无反光的照片`,
      field: 'fileID'
    })
  const province = input.province ?? reading.fields.idNumber?.slice(0, 2) ?? reading.fields.creditCode?.slice(2, 4) ?? ''
  const problems = cardFieldProblems(reading.fields, today, provinceRules(province).certificateMinValidityMonths)
  return {
    kind: input.kind,
    engine: engine.name,
    fields: reading.fields,
    confidence: reading.confidence,
    problems,
    mismatches: mismatches(reading.fields, input.entered)
  }
}
