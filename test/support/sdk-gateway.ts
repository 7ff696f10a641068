import http from 'node:http'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { DocumentStore } from '../../server/store/document-store'
import { DatabaseGateway } from '../../server/tcb/database-gateway'
import { StorageGateway } from '../../server/tcb/storage-gateway'
import { removeDir, tempDataDir } from './runtime'

/**
 * The cloud layer in this test process against a real embedded store: a
 * gateway on a free port serving the database and storage API, and
 * wx-server-sdk pointed at it exactly as the runtime points the functions.
 * Use `db()` inside the tests; `storage()` is the storage stand-in.
 */
export function sdkGatewayForSuite(label: string): { db: () => ReturnType<typeof import('../../cloud/kernel/wx').database>; storage: () => StorageGateway } {
  const dataDir = tempDataDir(label)
  let store: DocumentStore
  let server: http.Server
  let database: ReturnType<typeof import('../../cloud/kernel/wx').database>
  let storage: StorageGateway
  beforeAll(async () => {
    store = new DocumentStore(dataDir)
    const gateway = new DatabaseGateway(store)
    let base = ''
    storage = new StorageGateway(path.join(dataDir, 'storage'), () => `${base}/objects`)
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', async () => {
        const url = new URL(req.url ?? '/', base)
        const body = Buffer.concat(chunks)
        if (url.pathname.startsWith('/objects/')) {
          const key = decodeURIComponent(url.pathname.slice('/objects/'.length))
          if (req.method === 'PUT') return res.writeHead(storage.put(key, url.searchParams.get('token') ?? undefined, body) ? 200 : 403).end('')
          const bytes = storage.read(key)
          return bytes ? res.writeHead(200).end(bytes) : res.writeHead(404).end('')
        }
        const request = JSON.parse(body.toString('utf8'))
        const reply = String(request.action).startsWith('storage.') ? storage.handle(request) : await gateway.handle(request)
        res.end(JSON.stringify(reply))
      })
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    process.env.ICP_LOCAL_SERVICE_URL = `${base}/`
    process.env.TENCENTCLOUD = 'true'
    database = (await import('../../cloud/kernel/wx')).database()
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    await store.close()
    removeDir(dataDir)
  })
  return { db: () => database, storage: () => storage }
}
