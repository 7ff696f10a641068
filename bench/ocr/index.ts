/**
 * npm run bench:ocr (= npm run bench -- ocr) — field-level exact-match
 * accuracy and seconds per image of the local OCR engine (PaddleOCR ONNX)
 * side by side with Tesseract, over BENCH_OCR_IMAGES (default 200) synthetic
 * card photos: fictional people and companies with checksum-valid numbers,
 * varied fonts, rotation, blur, noise, JPEG quality and lighting. Both engines
 * go through the same field extraction. BENCH_OCR_TESSERACT=0 skips Tesseract.
 */
import { existsSync } from 'node:fs'
import { extractCard } from '../../cloud/ocr/engine'
import { loadPaddle, paddleEngine } from '../../cloud/ocr/paddle-engine'
import { chinaDate } from '../../domain/time'
import { summarize } from '../stats'
import { company, person, rng } from './people'
import { type CardKind, cardSvg, photograph, randomStyle } from './render-card'
import { TESSDATA, tesseractLines } from './tesseract'

const IMAGES = Number(process.env.BENCH_OCR_IMAGES ?? 200)
const WITH_TESSERACT = process.env.BENCH_OCR_TESSERACT !== '0'
const SEED = Number(process.env.BENCH_OCR_SEED ?? 20261201)

interface Sample {
  kind: CardKind
  level: 0 | 1 | 2
  image: Buffer
  truth: Record<string, string>
}

async function samples(n: number): Promise<Sample[]> {
  const r = rng(SEED)
  const out: Sample[] = []
  for (let i = 0; i < n; i++) {
    // Three ID fronts for each licence; clean, degraded and hard photos in turn.
    const kind: CardKind = i % 4 === 3 ? 'BUSINESS_LICENSE' : 'RESIDENT_ID_FRONT'
    const level = (i % 3) as 0 | 1 | 2
    const style = randomStyle(r, level)
    const p = person(r)
    const c = company(r)
    const image = await photograph(cardSvg(kind, kind === 'BUSINESS_LICENSE' ? c : p, style.font), style, r)
    const truth: Record<string, string> =
      kind === 'BUSINESS_LICENSE' ? { creditCode: c.creditCode, companyName: c.name } : { idNumber: p.idNumber, name: p.name, address: p.address }
    out.push({ kind, level, image, truth })
  }
  return out
}

type Tally = Record<string, { hit: number; total: number }>

function score(tally: Tally, truth: Record<string, string>, read: Record<string, string | undefined>) {
  for (const [field, value] of Object.entries(truth)) {
    tally[field] ??= { hit: 0, total: 0 }
    tally[field].total++
    if (read[field] === value) tally[field].hit++
  }
}

async function run(name: string, set: Sample[], read: (s: Sample) => Promise<Record<string, string | undefined>>) {
  const tally: Tally = {}
  const byLevel: Tally = {}
  const times: number[] = []
  for (const s of set) {
    const t = process.hrtime.bigint()
    const fields = await read(s)
    times.push(Number(process.hrtime.bigint() - t) / 1e9)
    score(tally, s.truth, fields)
    const all = Object.entries(s.truth).every(([f, v]) => fields[f] === v)
    byLevel[`level ${s.level}`] ??= { hit: 0, total: 0 }
    byLevel[`level ${s.level}`].total++
    if (all) byLevel[`level ${s.level}`].hit++
  }
  const st = summarize(times)
  return { name, tally, byLevel, p50: st.p50, p95: st.p95 }
}

const pct = (t?: { hit: number; total: number }) => (t ? `${((100 * t.hit) / t.total).toFixed(1)} % (${t.hit}/${t.total})` : '—')

export async function benchOcr() {
  console.log(`== OCR: ${IMAGES} synthetic card photos (seed ${SEED})`)
  const set = await samples(IMAGES)
  const today = chinaDate(new Date())
  const started = Date.now()
  await loadPaddle()
  await paddleEngine.read('RESIDENT_ID_FRONT', set[0].image, today)
  console.log(`PaddleOCR loaded and warmed up in ${((Date.now() - started) / 1000).toFixed(1)} s; memory rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`)
  const results = [await run('PaddleOCR (local engine)', set, async (s) => (await paddleEngine.read(s.kind, s.image, today)).fields)]
  if (WITH_TESSERACT) {
    if (!existsSync(`${TESSDATA}/chi_sim.traineddata`)) console.log(`Tesseract skipped: no chi_sim data in ${TESSDATA} (apt-get install tesseract-ocr-chi-sim)`)
    else results.push(await run('Tesseract 5 chi_sim (CLI)', set, async (s) => extractCard(s.kind, await tesseractLines(s.image), today).fields))
  }
  const fields = ['idNumber', 'name', 'address', 'creditCode', 'companyName']
  const col = (s: string) => s.padEnd(30)
  console.log(`\n${col('exact match')}${results.map((r) => col(r.name)).join('')}`)
  for (const f of fields) console.log(`${col(f)}${results.map((r) => col(pct(r.tally[f]))).join('')}`)
  for (const l of ['level 0', 'level 1', 'level 2']) console.log(`${col(`all fields, ${l}`)}${results.map((r) => col(pct(r.byLevel[l]))).join('')}`)
  console.log(`${col('seconds per image p50')}${results.map((r) => col(r.p50.toFixed(2))).join('')}`)
  console.log(`${col('seconds per image p95')}${results.map((r) => col(r.p95.toFixed(2))).join('')}`)
  console.log('\nTargets (PaddleOCR): idNumber ≥ 99 %, name ≥ 97 %, ≤ 1.5 s per image warm.')
}

