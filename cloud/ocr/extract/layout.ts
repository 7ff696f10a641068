/**
 * Text lines as an OCR engine finds them (text, score, quadrilateral), put back
 * into reading order: the card's skew is estimated from the lines themselves
 * and undone, then lines are grouped into rows by their centre and each row
 * read left to right. So a tilted photo reads like an upright one.
 */
export type Point = [number, number]

export interface TextLine {
  text: string
  /** 0–1 recognition confidence. */
  score: number
  /** Corners clockwise from the top-left of the text. */
  box: Point[]
}

export interface RowItem {
  text: string
  score: number
  x: number
  y: number
}

export interface Row {
  items: RowItem[]
  /** The row's text, items joined left to right, spaces removed. */
  text: string
  /** Lowest score of its items. */
  score: number
}

const median = (xs: number[]) => {
  if (!xs.length) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

/** The skew of the text in radians (median over wide lines of their top edge). */
export function skewOf(lines: TextLine[]): number {
  const angles = lines
    .filter((l) => l.box.length >= 4)
    .map((l) => {
      const [a, b, , d] = l.box
      const w = Math.hypot(b[0] - a[0], b[1] - a[1])
      const h = Math.hypot(d[0] - a[0], d[1] - a[1])
      return { w, h, angle: Math.atan2(b[1] - a[1], b[0] - a[0]) }
    })
    .filter((l) => l.w >= 1.5 * l.h)
    .map((l) => l.angle)
  return median(angles)
}

export function rowsOf(lines: TextLine[]): Row[] {
  const angle = skewOf(lines)
  const cos = Math.cos(-angle)
  const sin = Math.sin(-angle)
  const items = lines
    .filter((l) => l.text.trim() && l.box.length >= 4)
    .map((l) => {
      const cx = l.box.reduce((s, p) => s + p[0], 0) / l.box.length
      const cy = l.box.reduce((s, p) => s + p[1], 0) / l.box.length
      const [a, , , d] = l.box
      return {
        // Full-width digits and letters (some engines return them) read as ASCII.
        text: l.text.normalize('NFKC').replace(/\s+/g, ''),
        score: l.score,
        // Left edge (not the centre) orders a row; rotate into the card's frame.
        x: a[0] * cos - a[1] * sin,
        y: cx * sin + cy * cos,
        h: Math.hypot(d[0] - a[0], d[1] - a[1])
      }
    })
    .sort((p, q) => p.y - q.y)
  const tolerance = 0.5 * median(items.map((i) => i.h))
  const rows: Array<{ y: number; items: typeof items }> = []
  for (const item of items) {
    const row = rows.find((r) => Math.abs(r.y - item.y) <= tolerance)
    if (row) {
      row.items.push(item)
      row.y = row.items.reduce((s, i) => s + i.y, 0) / row.items.length
    } else rows.push({ y: item.y, items: [item] })
  }
  return rows
    .sort((p, q) => p.y - q.y)
    .map((r) => {
      const sorted = r.items.sort((p, q) => p.x - q.x).map(({ text, score, x, y }) => ({ text, score, x, y }))
      return { items: sorted, text: sorted.map((i) => i.text).join(''), score: Math.min(...sorted.map((i) => i.score)) }
    })
}
