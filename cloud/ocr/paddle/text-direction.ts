import type { Point } from '../extract/layout'

/**
 * Which way the text of a photo runs, from the detector's boxes alone (no
 * recognition): the direction of the long side of each line-shaped box. A
 * card's lines are parallel, so the boxes agree; single characters (square
 * boxes) say nothing and are left out.
 */
export interface TextDirection {
  /** Degrees in (−90, 90]: 0 = horizontal, positive = running down to the right, ±90 = vertical (a sideways photo). */
  angle: number
  /** How many line-shaped boxes it was measured on. */
  lines: number
}

/** A box counts as a line when its long side is at least this many times its short side. */
const LINE_SHAPE = 2

const wrap = (deg: number) => {
  let a = deg
  while (a > 90) a -= 180
  while (a <= -90) a += 180
  return a
}

export function textDirection(boxes: Point[][]): TextDirection {
  const lines = boxes
    .filter((b) => b.length >= 4)
    .map(([a, b, , d]) => {
      const top = { len: Math.hypot(b[0] - a[0], b[1] - a[1]), deg: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI }
      const side = { len: Math.hypot(d[0] - a[0], d[1] - a[1]), deg: (Math.atan2(d[1] - a[1], d[0] - a[0]) * 180) / Math.PI }
      const [long, short] = top.len >= side.len ? [top, side] : [side, top]
      return { len: long.len, deg: wrap(long.deg), shaped: long.len >= LINE_SHAPE * short.len }
    })
    .filter((l) => l.shaped)
  if (!lines.length) return { angle: 0, lines: 0 }
  // Axial mean (angles doubled, so 89° and −89° agree), then the median around it (robust to a stray box).
  const c = lines.reduce((s, l) => s + l.len * Math.cos((2 * l.deg * Math.PI) / 180), 0)
  const s = lines.reduce((t, l) => t + l.len * Math.sin((2 * l.deg * Math.PI) / 180), 0)
  const mean = (Math.atan2(s, c) * 90) / Math.PI
  const around = lines.map((l) => mean + wrap(l.deg - mean)).sort((p, q) => p - q)
  return { angle: wrap(around[Math.floor(around.length / 2)]), lines: lines.length }
}

/**
 * A line turned half round: its pixels reversed and its box reflected through
 * the centre of the page, corners renumbered so the first is again the text's
 * top-left. Same as cutting the line out of the photo turned 180°.
 */
export function halfTurnBox(box: Point[], centre: Point): Point[] {
  const turned = box.map(([x, y]) => [2 * centre[0] - x, 2 * centre[1] - y] as Point)
  return turned.map((_, k) => turned[(k + 2) % turned.length])
}

export function halfTurnPixels(rgba: Uint8Array): Uint8Array {
  const out = new Uint8Array(rgba.length)
  const n = rgba.length / 4
  for (let p = 0; p < n; p++) {
    const from = (n - 1 - p) * 4
    const to = p * 4
    out[to] = rgba[from]
    out[to + 1] = rgba[from + 1]
    out[to + 2] = rgba[from + 2]
    out[to + 3] = rgba[from + 3]
  }
  return out
}
