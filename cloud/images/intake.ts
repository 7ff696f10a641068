import { type ImageProblem, type ImageStats, type UploadPurpose, imageProblems } from '../../domain/rules/image-quality'
import { measurePhoto } from '../verification/photo-stats'

/**
 * Intake of every uploaded image: decoded for real (not judged by its name),
 * refused when it is not an image or is cut off, turned upright by its EXIF
 * orientation and written again without any metadata (EXIF, GPS), then
 * measured for the quality rules of its purpose.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const sharpLib = () => require('sharp') as typeof import('sharp')

/** Formats taken (spec §5.1: JPG/JPEG/PNG, plus GIF which Tencent and WeChat accept). BMP is not decodable here. */
const FORMATS: Record<string, { ext: 'jpg' | 'png'; contentType: string }> = {
  jpeg: { ext: 'jpg', contentType: 'image/jpeg' },
  png: { ext: 'png', contentType: 'image/png' },
  gif: { ext: 'png', contentType: 'image/png' }
}

export type IntakeOutcome =
  | { ok: true; bytes: Buffer; ext: 'jpg' | 'png'; contentType: string; width: number; height: number }
  | { ok: false; problems: ImageProblem[] }

const refuse = (code: string, message: string): IntakeOutcome => ({ ok: false, problems: [{ code, message }] })

export async function measureImage(upright: Buffer): Promise<ImageStats> {
  const sharp = sharpLib()
  const base = await measurePhoto(upright)
  const W = 1000
  const grey = sharp(upright).greyscale().resize({ width: W })
  const { data, info } = await grey.raw().toBuffer({ resolveWithObject: true })
  let sum = 0
  let sumSq = 0
  const w = info.width
  const h = info.height
  for (let y = 1; y < h - 1; y++)
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x
      const lap = 4 * data[i] - data[i - 1] - data[i + 1] - data[i - w] - data[i + w]
      sum += lap
      sumSq += lap * lap
    }
  const n = (w - 2) * (h - 2)
  const sharpness = sumSq / n - (sum / n) ** 2
  // Colour in the middle 60 %, where the document is (the table around it may be coloured).
  const meta = await sharp(upright).metadata()
  const cw = Math.round((meta.width ?? 0) * 0.6)
  const ch = Math.round((meta.height ?? 0) * 0.6)
  const centre = await sharp(upright)
    .extract({ left: Math.round((meta.width! - cw) / 2), top: Math.round((meta.height! - ch) / 2), width: Math.max(1, cw), height: Math.max(1, ch) })
    .resize({ width: 200 })
    .removeAlpha()
    .raw()
    .toBuffer()
  let coloured = 0
  for (let i = 0; i < centre.length; i += 3) if (Math.max(centre[i], centre[i + 1], centre[i + 2]) - Math.min(centre[i], centre[i + 1], centre[i + 2]) > 24) coloured++
  return { ...base, centreColourShare: coloured / (centre.length / 3), sharpness }
}

export async function intakeImage(bytes: Buffer, purpose: UploadPurpose): Promise<IntakeOutcome> {
  const sharp = sharpLib()
  let meta
  try {
    meta = await sharp(bytes).metadata()
  } catch {
    return refuse('FILE.UNSUPPORTED_TYPE', '文件不是可识别的图片，请上传 JPG、PNG 或 GIF 格式的照片')
  }
  const format = meta.format ? FORMATS[meta.format] : undefined
  if (!format) return refuse('FILE.UNSUPPORTED_TYPE', `不支持 ${String(meta.format ?? '该').toUpperCase()} 格式，请上传 JPG、PNG 或 GIF 格式的照片`)
  let upright: Buffer
  let info
  try {
    // failOn 'truncated': a file cut off in transfer is refused, not stored half grey.
    const pipeline = sharp(bytes, { failOn: 'truncated', pages: 1 }).rotate()
    const out = await (format.ext === 'jpg' ? pipeline.jpeg({ quality: 92 }) : pipeline.png()).toBuffer({ resolveWithObject: true })
    upright = out.data
    info = out.info
  } catch {
    return refuse('FILE.CORRUPT', '图片文件不完整或已损坏，请重新拍摄或选择原图上传')
  }
  const problems = imageProblems(await measureImage(upright), purpose)
  if (problems.length) return { ok: false, problems }
  // sharp writes no metadata unless asked: EXIF (with GPS) is gone from the stored file.
  return { ok: true, bytes: upright, ext: format.ext, contentType: format.contentType, width: info.width, height: info.height }
}
