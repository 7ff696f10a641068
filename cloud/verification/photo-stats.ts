import type { PhotoStats } from '../../domain/rules/verification-photo'

/**
 * Measures a photo with sharp (local verifier): EXIF-rotated, scaled down to a
 * fixed size, then colour, brightness and the white share of the border strips.
 */
export async function measurePhoto(bytes: Buffer): Promise<PhotoStats> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const sharp = require('sharp') as typeof import('sharp')
  const image = sharp(bytes, { failOn: 'error' }).rotate()
  const meta = await image.metadata()
  const rotated = (meta.orientation ?? 1) >= 5
  const width = (rotated ? meta.height : meta.width) ?? 0
  const height = (rotated ? meta.width : meta.height) ?? 0
  const W = 200
  const H = Math.max(1, Math.round((W * height) / Math.max(1, width)))
  const { data } = await image.resize(W, H, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  let colour = 0
  let sum = 0
  let border = 0
  let borderWhite = 0
  const strip = Math.max(1, Math.round(W * 0.04))
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3
      const r = data[i]
      const g = data[i + 1]
      const b = data[i + 2]
      const spread = Math.max(r, g, b) - Math.min(r, g, b)
      const brightness = (r + g + b) / 3
      if (spread > 24) colour++
      sum += brightness
      if (y < strip || x < strip || x >= W - strip) {
        border++
        if (brightness >= 200 && spread <= 24) borderWhite++
      }
    }
  }
  const n = W * H
  return { width, height, colourShare: colour / n, meanBrightness: sum / n, borderWhiteShare: border ? borderWhite / border : 0 }
}
