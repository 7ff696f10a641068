/**
 * wx-server-sdk types `get()` loosely (string | void | result); these helpers
 * give the rows of a query with the type the caller expects.
 */
interface Gettable {
  get(): unknown
}

export async function rows<T>(query: Gettable): Promise<T[]> {
  const res = (await query.get()) as { data?: T[] } | undefined
  return res?.data ?? []
}

export async function firstRow<T>(query: { limit(n: number): Gettable }): Promise<T | null> {
  return (await rows<T>(query.limit(1)))[0] ?? null
}
