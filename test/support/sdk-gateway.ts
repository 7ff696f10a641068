import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { DocumentStore } from '../../server/store/document-store'
import { DatabaseGateway } from '../../server/tcb/database-gateway'
import { removeDir, tempDataDir } from './runtime'

/**
 * The cloud layer in this test process against a real embedded store: a
 * database gateway on a free port, and wx-server-sdk pointed at it exactly as
 * the runtime points the functions. Use `db()` inside the tests.
 */
export function sdkGatewayForSuite(label: string): { db: () => ReturnType<typeof import('../../cloud/kernel/wx').database> } {
  const dataDir = tempDataDir(label)
  let store: DocumentStore
  let server: http.Server
  let database: ReturnType<typeof import('../../cloud/kernel/wx').database>
  beforeAll(async () => {
    store = new DocumentStore(dataDir)
    const gateway = new DatabaseGateway(store)
    server = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', async () => res.end(JSON.stringify(await gateway.handle(JSON.parse(body)))))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    process.env.ICP_LOCAL_SERVICE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    process.env.TENCENTCLOUD = 'true'
    database = (await import('../../cloud/kernel/wx')).database()
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    await store.close()
    removeDir(dataDir)
  })
  return { db: () => database }
}
