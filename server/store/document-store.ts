import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import Datastore from '@seald-io/nedb'
import { COLLECTIONS } from '../../cloud/collections'

export type Doc = Record<string, unknown> & { _id: string }

/**
 * The embedded document database of the local runtime: one NeDB datafile per
 * collection under `<dataDir>/db/`. NeDB appends every write to its datafile
 * before it acknowledges it, so an acknowledged write survives `kill -9`; it
 * compacts the file on load and periodically.
 */
export class DocumentStore {
  private readonly collections = new Map<string, Promise<Datastore<Doc>>>()
  private readonly dir: string

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'db')
    mkdirSync(this.dir, { recursive: true })
  }

  static isValidCollectionName(name: string): boolean {
    return /^[A-Za-z0-9_-]{1,64}$/.test(name)
  }

  static newId(): string {
    return randomBytes(16).toString('hex')
  }

  collection(name: string): Promise<Datastore<Doc>> {
    if (!DocumentStore.isValidCollectionName(name)) throw new Error(`invalid collection name: ${name}`)
    let ds = this.collections.get(name)
    if (!ds) {
      ds = this.open(name)
      this.collections.set(name, ds)
      ds.catch(() => this.collections.delete(name))
    }
    return ds
  }

  private async open(name: string): Promise<Datastore<Doc>> {
    const ds = new Datastore<Doc>({ filename: path.join(this.dir, `${name}.db`), timestampData: false })
    await ds.loadDatabaseAsync()
    for (const index of COLLECTIONS[name]?.indexes ?? []) {
      await ds.ensureIndexAsync({ fieldName: index.fields, unique: index.unique ?? false, sparse: index.sparse ?? false })
    }
    // Keep the append-only file from growing without bound.
    ds.setAutocompactionInterval(10 * 60 * 1000)
    return ds
  }

  /** Open every declared collection up front (index build, file compaction). */
  async openAll(): Promise<void> {
    await Promise.all(Object.keys(COLLECTIONS).map((n) => this.collection(n)))
  }

  async close(): Promise<void> {
    const all = await Promise.allSettled([...this.collections.values()])
    for (const r of all) {
      if (r.status === 'fulfilled') {
        r.value.stopAutocompaction()
        await r.value.compactDatafileAsync().catch(() => undefined)
      }
    }
    this.collections.clear()
  }
}
