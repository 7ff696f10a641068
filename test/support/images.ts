import sharp from 'sharp'

/** A colour photo of a "document": coloured noise, as a camera would give. */
export async function documentPhoto(width = 1000, height = 640): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3)
  for (let i = 0; i < raw.length; i += 3) {
    raw[i] = 120 + ((i * 7) % 100)
    raw[i + 1] = 90 + ((i * 13) % 120)
    raw[i + 2] = 60 + ((i * 3) % 90)
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer()
}

/** A portrait for 真实性核验: a coloured figure in front of `background`. */
export async function portrait(background = '#ffffff', width = 720, height = 960): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${background}"/>
    <ellipse cx="${width / 2}" cy="${height * 0.38}" rx="${width * 0.16}" ry="${height * 0.14}" fill="#e0ac8a"/>
    <rect x="${width * 0.25}" y="${height * 0.55}" width="${width * 0.5}" height="${height * 0.45}" rx="60" fill="#2f5d8a"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}
