import { firstRow } from '../kernel/query'
import type { Database } from '../kernel/wx'

/**
 * The next value of a named sequence, by compare-and-set: read, then update
 * only if nobody moved it meanwhile. Concurrent callers never get the same value.
 */
export async function nextInSequence(db: Database, name: string): Promise<number> {
  const counters = db.collection('counters')
  for (let attempt = 0; attempt < 50; attempt++) {
    const current = await firstRow<{ value: number }>(counters.where({ _id: name }))
    if (!current) {
      try {
        await counters.add({ data: { _id: name, value: 1 } })
        return 1
      } catch {
        continue // someone created it first
      }
    }
    const res = (await counters.where({ _id: name, value: current.value }).update({ data: { value: current.value + 1 } })) as { stats: { updated: number } }
    if (res.stats.updated === 1) return current.value + 1
  }
  throw new Error(`sequence ${name} is too contended`)
}
