import http from 'node:http'
import type { AddressInfo } from 'node:net'
import cloud from 'wx-server-sdk'
import { DocumentStore } from '../../server/store/document-store'
import { DatabaseGateway } from '../../server/tcb/database-gateway'
import { removeDir, tempDataDir } from '../support/runtime'

/**
 * The real wx-server-sdk, pointed at the gateway over HTTP exactly as the local
 * runtime points the cloud functions at it: the production query code path
 * against the embedded store.
 */
describe('database gateway — wx-server-sdk against the embedded store', () => {
  const dataDir = tempDataDir('gateway')
  let store: DocumentStore
  let server: http.Server
  let db: ReturnType<typeof cloud.database>

  beforeAll(async () => {
    // As the runtime's function host does: no probing of the cloud metadata host.
    process.env.TENCENTCLOUD = 'true'
    store = new DocumentStore(dataDir)
    const gateway = new DatabaseGateway(store, () => new Date('2026-11-22T08:00:00Z'))
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', async () => {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify(await gateway.handle(JSON.parse(body))))
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const { port } = server.address() as AddressInfo
    cloud.init({ env: 'test', serviceUrl: `http://127.0.0.1:${port}/`, secretId: 'x', secretKey: 'y' } as Parameters<typeof cloud.init>[0])
    db = cloud.database()
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    await store.close()
    removeDir(dataDir)
  })

  const rowsOf = async (q: { get(): unknown }) => ((await q.get()) as { data: Array<Record<string, unknown>> }).data

  it('adds, reads by id and by query, with server dates and ordering', async () => {
    const orders = db.collection('orders')
    const added = (await orders.add({ data: { ownerOpenid: 'a', status: 'DRAFT', n: 1, at: db.serverDate() } })) as { _id: string }
    await orders.add({ data: { ownerOpenid: 'a', status: 'APPROVED', n: 3 } })
    await orders.add({ data: { ownerOpenid: 'b', status: 'DRAFT', n: 2 } })
    const one = ((await orders.doc(added._id).get()) as { data: Record<string, unknown> }).data
    expect(one).toMatchObject({ _id: added._id, ownerOpenid: 'a', n: 1 })
    expect(one.at).toEqual(new Date('2026-11-22T08:00:00Z'))
    const _ = db.command
    const mine = await rowsOf(orders.where({ ownerOpenid: 'a', status: _.nin(['APPROVED']) }))
    expect(mine.map((d) => d.n)).toEqual([1])
    const sorted = await rowsOf(orders.where({ n: _.gte(1) }).orderBy('n', 'desc').limit(2))
    expect(sorted.map((d) => d.n)).toEqual([3, 2])
    expect(((await orders.where({ status: 'DRAFT' }).count()) as { total: number }).total).toBe(2)
  })

  it('applies a conditional update only when the version matches (optimistic concurrency)', async () => {
    const orders = db.collection('orders')
    const { _id } = (await orders.add({ data: { version: 1, status: 'DRAFT', history: [] } })) as { _id: string }
    const _ = db.command
    const first = (await orders.where({ _id, version: 1 }).update({ data: { version: _.inc(1), status: 'SUBMITTED', history: _.push(['e1']) } })) as { stats: { updated: number } }
    const second = (await orders.where({ _id, version: 1 }).update({ data: { version: _.inc(1), status: 'OTHER' } })) as { stats: { updated: number } }
    expect(first.stats.updated).toBe(1)
    expect(second.stats.updated).toBe(0)
    const doc = ((await orders.doc(_id).get()) as { data: Record<string, unknown> }).data
    expect(doc).toMatchObject({ version: 2, status: 'SUBMITTED', history: ['e1'] })
  })

  it('replaces with set(), merges with update(), and removes', async () => {
    const c = db.collection('subjects')
    await c.doc('s1').set({ data: { a: 1, nested: { x: 1, y: 2 } } })
    await c.doc('s1').update({ data: { nested: { y: 3 }, b: db.command.remove() } })
    expect(((await c.doc('s1').get()) as { data: unknown }).data).toEqual({ _id: 's1', a: 1, nested: { x: 1, y: 3 } })
    await c.doc('s1').set({ data: { only: true } })
    expect(((await c.doc('s1').get()) as { data: unknown }).data).toEqual({ _id: 's1', only: true })
    expect(((await c.where({ only: true }).remove()) as { stats: { removed: number } }).stats.removed).toBe(1)
  })

  it('matches array membership and regular expressions', async () => {
    const c = db.collection('registry_websites')
    await c.add({ data: { domains: ['a.com', 'b.com'], name: '示例网站' } })
    expect(await rowsOf(c.where({ domains: 'b.com' }))).toHaveLength(1)
    expect(await rowsOf(c.where({ name: db.RegExp({ regexp: '^示例', options: 'i' }) }))).toHaveLength(1)
    expect(await rowsOf(c.where({ domains: db.command.all(['a.com', 'b.com']) }))).toHaveLength(1)
  })

  it('refuses what it does not support with a clear error instead of a wrong answer', async () => {
    await expect(db.collection('orders').where({ n: db.command.mod(2, 0) }).get()).rejects.toThrow(/not supported/)
  })
})
