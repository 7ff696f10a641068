import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TextLine } from '../../cloud/ocr/extract/layout'

/**
 * The comparison baseline: Debian's Tesseract 5 (`tesseract-ocr-chi-sim`,
 * /usr/share/tesseract-ocr/5/tessdata) through its CLI, TSV output turned into
 * the same text lines the PaddleOCR engine gives, so both go through the same
 * field extraction.
 */
export const TESSDATA = process.env.TESSDATA_PREFIX ?? '/usr/share/tesseract-ocr/5/tessdata'

export function tesseractLines(image: Buffer): Promise<TextLine[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tess-'))
  const file = path.join(dir, 'card.jpg')
  writeFileSync(file, image)
  return new Promise((resolve, reject) => {
    execFile('tesseract', [file, 'stdout', '--tessdata-dir', TESSDATA, '-l', 'chi_sim', '--psm', '3', 'tsv'], { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, OMP_THREAD_LIMIT: '1' } }, (err, stdout) => {
      rmSync(dir, { recursive: true, force: true })
      if (err) return reject(err)
      const lines = new Map<string, { words: string[]; conf: number[]; l: number; t: number; r: number; b: number }>()
      for (const row of stdout.split('\n').slice(1)) {
        const c = row.split('\t')
        if (c.length < 12 || c[0] !== '5' || !c[11].trim()) continue
        const key = `${c[2]}-${c[3]}-${c[4]}`
        const [l, t, w, h] = [Number(c[6]), Number(c[7]), Number(c[8]), Number(c[9])]
        const line = lines.get(key) ?? { words: [], conf: [], l, t, r: l + w, b: t + h }
        line.words.push(c[11])
        line.conf.push(Number(c[10]) / 100)
        line.l = Math.min(line.l, l)
        line.t = Math.min(line.t, t)
        line.r = Math.max(line.r, l + w)
        line.b = Math.max(line.b, t + h)
        lines.set(key, line)
      }
      resolve(
        [...lines.values()].map((x) => ({
          // Tesseract puts spaces between Chinese characters.
          text: x.words.join(' ').replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, ''),
          score: x.conf.reduce((s, v) => s + v, 0) / x.conf.length,
          box: [[x.l, x.t], [x.r, x.t], [x.r, x.b], [x.l, x.b]]
        }))
      )
    })
  })
}
