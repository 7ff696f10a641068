import type { Point } from '../../cloud/ocr/extract/layout'
import { halfTurnBox, halfTurnPixels, textDirection } from '../../cloud/ocr/paddle/text-direction'

/** The local engine's look before reading: which way the detector's boxes run, and a line turned half round. */
describe('text direction from detection boxes', () => {
  /** A text-line box (corners clockwise from its top-left) of the given size, centre and angle (degrees). */
  const box = (cx: number, cy: number, w: number, h: number, deg: number): Point[] => {
    const r = (deg * Math.PI) / 180
    const at = (dx: number, dy: number): Point => [cx + dx * Math.cos(r) - dy * Math.sin(r), cy + dx * Math.sin(r) + dy * Math.cos(r)]
    return [at(-w / 2, -h / 2), at(w / 2, -h / 2), at(w / 2, h / 2), at(-w / 2, h / 2)]
  }
  const card = (deg: number) => [box(200, 100, 300, 30, deg), box(220, 160, 260, 28, deg), box(240, 400, 420, 32, deg), box(500, 100, 30, 30, deg)]

  it('reads the tilt of an upright card in either direction', () => {
    expect(textDirection(card(0))).toEqual({ angle: expect.closeTo(0, 5), lines: 3 })
    expect(textDirection(card(12)).angle).toBeCloseTo(12, 5)
    expect(textDirection(card(-9)).angle).toBeCloseTo(-9, 5)
  })

  it('sees a sideways card as text running near ±90°, across the wrap-around', () => {
    expect(Math.abs(textDirection(card(90)).angle)).toBeCloseTo(90, 5)
    // 88° and 92° (= −88°) boxes on one card agree on ~90°, not on their plain mean 0°.
    const mixed = [box(100, 100, 300, 30, 88), box(160, 100, 300, 30, 92), box(220, 100, 300, 30, 90)]
    expect(Math.abs(textDirection(mixed).angle)).toBeCloseTo(90, 5)
    expect(Math.abs(textDirection(card(-84)).angle)).toBeCloseTo(84, 5)
  })

  it('ignores square boxes (single characters) and one stray line', () => {
    expect(textDirection([box(10, 10, 30, 30, 0), box(60, 10, 32, 30, 40)])).toEqual({ angle: 0, lines: 0 })
    const withStray = [...card(5), box(300, 300, 200, 20, 60)]
    expect(textDirection(withStray).angle).toBeCloseTo(5, 5)
  })

  it('turns a line half round: box reflected through the centre, first corner again its top-left', () => {
    const b = box(200, 100, 300, 30, 0)
    const turned = halfTurnBox(b, [400, 300])
    expect(turned).toEqual([
      [450, 485],
      [750, 485],
      [750, 515],
      [450, 515]
    ])
    // Top-left of the turned text is the old bottom-right, reflected.
    expect(turned[0]).toEqual([800 - b[2][0], 600 - b[2][1]])
    expect(turned[2]).toEqual([800 - b[0][0], 600 - b[0][1]])
    expect(halfTurnBox(turned, [400, 300])).toEqual(b)
  })

  it('reverses the pixels of a line, keeping each RGBA pixel whole', () => {
    const px = Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 128, 7, 8, 9, 0])
    expect([...halfTurnPixels(px)]).toEqual([7, 8, 9, 0, 4, 5, 6, 128, 1, 2, 3, 255])
  })
})
