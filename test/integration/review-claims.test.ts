import { sdkGatewayForSuite } from '../support/sdk-gateway'

/** Claims against the embedded store through wx-server-sdk: exclusive, expiring, renewed by use. */
describe('claim book', () => {
  const gateway = sdkGatewayForSuite('claims')
  const t0 = new Date('2026-11-23T02:00:00Z')
  const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)
  let ClaimBook: typeof import('../../cloud/review/claims').ClaimBook

  beforeAll(async () => {
    ClaimBook = (await import('../../cloud/review/claims')).ClaimBook
  })

  it('is exclusive while live, expires when abandoned, and the former holder can no longer act', async () => {
    const book = new ClaimBook(gateway.db())
    await book.take('order-a', 'lisi', t0)
    await expect(book.take('order-a', 'zhaoliu', later(10))).rejects.toMatchObject({ error: { code: 'REVIEW.CLAIMED_BY_OTHER' } })
    await expect(book.assertHeld('order-a', 'zhaoliu', later(10))).rejects.toMatchObject({ error: { code: 'REVIEW.CLAIMED_BY_OTHER' } })
    // Using it renews it: still held 25 minutes after the renewal at +10.
    await book.assertHeld('order-a', 'lisi', later(10))
    await expect(book.take('order-a', 'zhaoliu', later(35))).rejects.toMatchObject({ error: { code: 'REVIEW.CLAIMED_BY_OTHER' } })
    // Abandoned: 30 minutes without activity, anyone may take it.
    expect(await book.take('order-a', 'zhaoliu', later(41))).toMatchObject({ username: 'zhaoliu' })
    await expect(book.assertHeld('order-a', 'lisi', later(42))).rejects.toMatchObject({ error: { code: 'REVIEW.CLAIMED_BY_OTHER' } })
  })

  it('a supervisor reassignment takes a live claim; an expired claim needs a new one', async () => {
    const book = new ClaimBook(gateway.db())
    await book.take('order-b', 'lisi', t0)
    expect(await book.take('order-b', 'zhaoliu', later(1), true)).toMatchObject({ username: 'zhaoliu' })
    await expect(book.assertHeld('order-b', 'zhaoliu', later(40))).rejects.toMatchObject({ error: { code: 'REVIEW.CLAIM_REQUIRED' } })
    await book.release('order-b', 'lisi') // not the holder: nothing happens
    expect((await book.get('order-b'))?.username).toBe('zhaoliu')
    await book.release('order-b', 'zhaoliu')
    expect(await book.get('order-b')).toBeNull()
  })

  it('of 10 expired-claim takeovers at once exactly one wins', async () => {
    const book = new ClaimBook(gateway.db())
    await book.take('order-c', 'old', t0)
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => book.take('order-c', `r${i}`, later(45))))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  })
})
