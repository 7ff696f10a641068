/**
 * 真实性核验 photo rules that can be judged from the image itself (spec §6):
 * big enough, in colour, neither too dark nor too bright, and taken against a
 * plain white background. Face checks belong to the production verifier.
 */
export interface PhotoStats {
  width: number
  height: number
  /** Share of pixels whose colour channels differ noticeably (0 for greyscale). */
  colourShare: number
  /** Mean brightness 0–255. */
  meanBrightness: number
  /** Share of near-white pixels in the top, left and right border strips. */
  borderWhiteShare: number
}

export const PHOTO_LIMITS = { minSide: 480, minColourShare: 0.02, minBrightness: 60, maxBrightness: 235, minBorderWhite: 0.6 }

export function verificationPhotoProblems(s: PhotoStats): string[] {
  const out: string[] = []
  if (Math.min(s.width, s.height) < PHOTO_LIMITS.minSide) out.push(`照片分辨率过低（至少 ${PHOTO_LIMITS.minSide}×${PHOTO_LIMITS.minSide} 像素），请重新拍摄`)
  if (s.colourShare < PHOTO_LIMITS.minColourShare) out.push('照片为黑白，请拍摄彩色照片')
  if (s.meanBrightness < PHOTO_LIMITS.minBrightness) out.push('照片太暗，请在光线充足处重新拍摄')
  if (s.meanBrightness > PHOTO_LIMITS.maxBrightness) out.push('照片过亮，请避免强光直射后重新拍摄')
  if (s.borderWhiteShare < PHOTO_LIMITS.minBorderWhite) out.push('背景须为纯白色（如白墙），不要拍到墙角、门缝或杂物')
  return out
}
