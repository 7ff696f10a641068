import { type PhotoStats, verificationPhotoProblems } from './verification-photo'

/**
 * What an uploaded image must be (spec §5.1, §6): big enough to read, in
 * colour (彩色电子版 — no black-and-white scans, no photocopies), sharp, and for
 * 真实性核验 photos the white-background rules. Pure: the numbers are measured
 * by the cloud layer (cloud/images/measure.ts).
 */
export type UploadPurpose = 'DOCUMENT' | 'PORTRAIT' | 'ANY'
export const UPLOAD_PURPOSES: UploadPurpose[] = ['DOCUMENT', 'PORTRAIT', 'ANY']

export interface ImageStats extends PhotoStats {
  /** Share of coloured pixels in the middle 60 % of the image (where the document is). */
  centreColourShare: number
  /** Variance of the Laplacian of the grey image scaled to 1000 px wide (low = blurred). */
  sharpness: number
}

export const IMAGE_LIMITS = {
  /** Spec §5.1 recommends refusing below 800×600 px (long × short side). */
  minLongSide: 800,
  minShortSide: 600,
  /** Cards are pale: measured 0.027–0.05 on colour photos of cards, exactly 0 on greyscale ones. */
  minColourShare: 0.005,
  /** A copy on a coloured table: colour around it, none on the document itself. */
  photocopyCentreColour: 0.005,
  /** Measured: sharp photos ≥ 17 (even with 1.5 px blur and JPEG 45), 2.4 at 4 px blur. */
  minSharpness: 8,
  minBrightness: 40,
  maxBrightness: 245
}

export interface ImageProblem {
  code: string
  message: string
}

export function imageProblems(s: ImageStats, purpose: UploadPurpose): ImageProblem[] {
  const out: ImageProblem[] = []
  const long = Math.max(s.width, s.height)
  const short = Math.min(s.width, s.height)
  if (long < IMAGE_LIMITS.minLongSide || short < IMAGE_LIMITS.minShortSide)
    out.push({ code: 'IMAGE.TOO_SMALL', message: `图片太小（${s.width}×${s.height} 像素），至少需要 ${IMAGE_LIMITS.minLongSide}×${IMAGE_LIMITS.minShortSide} 像素，请靠近拍摄或上传原图` })
  if (purpose === 'ANY') return out
  if (purpose === 'PORTRAIT') {
    // The 真实性核验 photo rules (white background, light, colour) say what is wrong.
    return [...out, ...verificationPhotoProblems(s).filter((m) => !/分辨率/.test(m)).map((message) => ({ code: 'IMAGE.PORTRAIT', message }))]
  }
  if (s.colourShare < IMAGE_LIMITS.minColourShare)
    out.push({ code: 'IMAGE.GREYSCALE', message: '图片是黑白的，请上传证件原件的彩色照片或彩色扫描件' })
  else if (s.centreColourShare < IMAGE_LIMITS.photocopyCentreColour)
    out.push({ code: 'IMAGE.PHOTOCOPY', message: '图片像是复印件，请拍摄证件原件（彩色），不要使用复印件或打印件' })
  if (s.sharpness < IMAGE_LIMITS.minSharpness) out.push({ code: 'IMAGE.BLURRED', message: '图片模糊，文字看不清，请对焦后重新拍摄' })
  if (s.meanBrightness < IMAGE_LIMITS.minBrightness) out.push({ code: 'IMAGE.TOO_DARK', message: '图片太暗，请在光线充足处重新拍摄' })
  if (s.meanBrightness > IMAGE_LIMITS.maxBrightness) out.push({ code: 'IMAGE.TOO_BRIGHT', message: '图片过亮或反光，请避免强光直射后重新拍摄' })
  return out
}
