import { ApiClient, removeDir, startRuntime, tempDataDir } from '../test/support/runtime'
import { addReviewers, reviewerClient } from '../test/support/review'
import { BENCH_PROVINCES, seedReviewOrders } from './review-queue'
import { ms, summarize } from './stats'

const ORDERS = Number(process.env.BENCH_REVIEW_ORDERS ?? 100_000)
const CALLS = Number(process.env.BENCH_REVIEW_CALLS ?? 300)

/**
 * The reviewers' queue through the local runtime (HTTP → runtime → review
 * function worker, token checked by the function → wx-server-sdk → embedded
 * store): first page, 50 rows, filters on, with every tab's count.
 */
export async function benchReviewQueue(): Promise<void> {
  const dataDir = tempDataDir('bench-review')
  seedReviewOrders(dataDir, ORDERS, new Date())
  addReviewers(dataDir, [['benchreviewer', 'reviewer']])
  const started = Date.now()
  const rt = await startRuntime({ dataDir, readyTimeoutMs: 300_000 })
  console.log('\n== Review queue through the local runtime')
  console.log(`store: ${ORDERS} orders (runtime ready in ${Date.now() - started} ms)`)
  try {
    const api: ApiClient = await reviewerClient(rt.url, 'benchreviewer')
    const event = (i: number) => ({ action: 'queue', tab: 'INITIAL', province: BENCH_PROVINCES[i % BENCH_PROVINCES.length], hostNature: 'PERSONAL', type: 'FIRST_FILING', minAgeDays: 1, sort: 'WAITING_LONGEST', page: 1, pageSize: 50 })
    for (let i = 0; i < 20; i++) await api.call('review', event(i)) // warm-up
    const samples: number[] = []
    let rows = 0
    let matching = 0
    for (let i = 0; i < CALLS; i++) {
      const t0 = process.hrtime.bigint()
      const r = await api.call<{ rows: unknown[]; total: number }>('review', event(i))
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6)
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
      rows += r.data.rows.length
      matching += r.data.total
    }
    const s = summarize(samples)
    console.log(`first page, filters on (province, 个人, 首次备案, waiting ≥ 1 day), ${s.n} calls: p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`)
    console.log(`rows per page ${(rows / CALLS).toFixed(0)}, matching orders per query ${(matching / CALLS).toFixed(0)} (target p95 ≤ 50 ms)`)
  } finally {
    await rt.stop()
    removeDir(dataDir)
  }
}
