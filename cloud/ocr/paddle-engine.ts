import type { CardKind } from '../../types/api/ocr'
import { KEY_FIELD, type OcrEngine, extractCard } from './engine'
import type { Point, TextLine } from './extract/layout'
import type { CardReading } from './extract/reading'
import { type LineImage, type PaddleModels, loadPaddle } from './paddle/models'
import { halfTurnBox, halfTurnPixels, textDirection } from './paddle/text-direction'

export { loadPaddle }

/**
 * Local OCR engine: PaddleOCR v4 (detection, direction classifier, recognition)
 * as ONNX models from npm. Recognition is the expensive step, so the engine
 * looks at the detector's boxes first: too few text lines means no card (fail
 * fast); lines running sideways turn the photo a quarter; the direction
 * classifier says whether they are upside down (the cut-out lines are then
 * turned, no second detection); only then is the text read, once. Tilt needs
 * nothing: each box is cut out along its own angle and the rows are put back
 * together in the card's frame (extract/layout.ts). A second read happens only
 * when the first one lacks the card's key field and a straightened or
 * half-turned photo could still give it.
 */

/** Longest side the detector sees: larger photos are scaled down (speed), smaller ones kept. */
const MAX_SIDE = 800
/** Text running more steeply than this (degrees) is taken as a sideways photo and turned upright first. */
const SIDEWAYS = 45
/** A tilt above this (degrees) may have merged neighbouring lines: straightened for the second look. */
const MAX_SKEW = 4
/** Fewer line-shaped boxes than this: there is no card in the photo. */
const MIN_LINES = 3
/** The direction classifier looks at this many of the longest lines. */
const DIRECTION_SAMPLE = 8
/** Below this mean probability of "upside down" the lines are read as they are; near 0.5 the classifier is unsure. */
const UPSIDE_DOWN = 0.5
const UNSURE = 0.25

// eslint-disable-next-line @typescript-eslint/no-var-requires
const sharpLib = () => require('sharp') as typeof import('sharp')

/** EXIF orientation applied, scaled to the detector's size, as JPEG. */
function prepare(image: Buffer): Promise<Buffer> {
  return sharpLib()(image, { failOn: 'error' })
    .rotate()
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 95 })
    .toBuffer()
}

function turn(photo: Buffer, degrees: number): Promise<Buffer> {
  return sharpLib()(photo).rotate(degrees, { background: '#808080' }).jpeg({ quality: 95 }).toBuffer()
}

const lineLength = (l: LineImage) => Math.max(l.image.width, l.image.height)

/** Mean probability, over the longest lines, that the text is upside down. */
async function upsideDown(models: PaddleModels, lines: LineImage[]): Promise<number> {
  const sample = [...lines].sort((a, b) => lineLength(b) - lineLength(a)).slice(0, DIRECTION_SAMPLE)
  const p = await models.upsideDown(sample)
  return p.length ? p.reduce((s, x) => s + x, 0) / p.length : 0
}

function halfTurned(models: PaddleModels, lines: LineImage[]): LineImage[] {
  const xs = lines.flatMap((l) => l.box.map((p) => p[0]))
  const ys = lines.flatMap((l) => l.box.map((p) => p[1]))
  const centre: Point = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]
  return lines.map((l) => ({
    box: halfTurnBox(l.box, centre),
    image: models.rawImage(halfTurnPixels(l.image.data), l.image.width, l.image.height)
  }))
}

/** The package's own cut-off: lines read with less than 0.5 confidence are noise. */
const MIN_LINE_SCORE = 0.5

async function readLines(models: PaddleModels, lines: LineImage[]): Promise<TextLine[]> {
  const texts = await models.recognize(lines)
  return lines
    .map((l, k) => ({ text: texts[k].text, score: texts[k].mean, box: l.box }))
    .filter((l) => l.text.trim() && l.score >= MIN_LINE_SCORE)
}

const count = (r: CardReading) => Object.keys(r.fields).length
const NOTHING: CardReading = { fields: {}, confidence: {} }

export const paddleEngine: OcrEngine = {
  name: 'local',
  async read(kind: CardKind, image: Buffer, today: string): Promise<CardReading> {
    const models = await loadPaddle()
    let photo = await prepare(image)
    let lines = await models.detect(photo)
    const direction = textDirection(lines.map((l) => l.box))
    if (direction.lines < MIN_LINES) return { ...NOTHING }
    const sideways = Math.abs(direction.angle) > SIDEWAYS
    if (sideways) {
      photo = await turn(photo, -direction.angle)
      lines = await models.detect(photo)
    }
    const flipped = await upsideDown(models, lines)
    const upright = flipped > UPSIDE_DOWN ? halfTurned(models, lines) : lines
    // Keep the other half turn while the pixels are still full size (reading scales them down).
    const unsure = Math.abs(flipped - UPSIDE_DOWN) < UNSURE
    const otherWay = unsure ? (flipped > UPSIDE_DOWN ? lines : halfTurned(models, lines)) : null
    const first = extractCard(kind, await readLines(models, upright), today)
    if (first.fields[KEY_FIELD[kind]]) return first

    let second: CardReading | null = null
    if (!sideways && Math.abs(direction.angle) > MAX_SKEW) {
      const straight = await models.detect(await turn(photo, -direction.angle))
      const again = (await upsideDown(models, straight)) > UPSIDE_DOWN ? halfTurned(models, straight) : straight
      second = extractCard(kind, await readLines(models, again), today)
    } else if (otherWay) second = extractCard(kind, await readLines(models, otherWay), today)
    return second && (second.fields[KEY_FIELD[kind]] || count(second) > count(first)) ? second : first
  }
}
