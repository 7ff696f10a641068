import type { DocumentStore, Doc } from '../store/document-store'
import { DocumentStore as Store } from '../store/document-store'
import { decode, encode } from './ejson'

/** A `database.*` request as wx-server-sdk sends it to its serviceUrl. */
export interface TcbDatabaseRequest {
  action: string
  collectionName?: string
  queryType?: 'WHERE' | 'DOC'
  query?: string
  data?: string | string[]
  order?: string
  offset?: number
  limit?: number
  projection?: string
  multi?: boolean
  merge?: boolean
  upsert?: boolean
  transactionId?: string
}

export type TcbReply = { requestId: string; data?: unknown; code?: string; message?: string }

class GatewayError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

const UPDATE_OPS = new Set(['$set', '$unset', '$inc', '$push', '$addToSet', '$pop', '$pull', '$min', '$max'])
const QUERY_OPS = new Set([
  '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists', '$regex', '$and', '$or', '$not',
  '$elemMatch', '$size', '$nor', '$all', '$options'
])

/** Rewrites the few operators NeDB lacks into ones it has; refuses the rest clearly. */
function translateQuery(q: any): any {
  if (Array.isArray(q)) return q.map(translateQuery)
  if (q === null || typeof q !== 'object' || q instanceof Date || q instanceof RegExp) return q
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(q)) {
    if (k.startsWith('$') && !QUERY_OPS.has(k)) throw new GatewayError('DATABASE_UNSUPPORTED', `query operator ${k} is not supported by the local runtime`)
    if (k === '$eq') return translateQuery(v)
    if (k === '$nor') {
      out.$not = { $or: translateQuery(v) }
      continue
    }
    if (k === '$all' && Array.isArray(v)) return { $all_: v }
    if (k === '$regex' && typeof v === 'string') {
      out.$regex = new RegExp(v, (q as any).$options ?? '')
      continue
    }
    if (k === '$options') continue
    out[k] = translateQuery(v)
  }
  // { field: { $all: [a, b] } } → $and of membership tests
  for (const [field, v] of Object.entries(out)) {
    if (v && typeof v === 'object' && '$all_' in v) {
      delete out[field]
      out.$and = [...(out.$and ?? []), ...(v as any).$all_.map((x: unknown) => ({ [field]: x }))]
    }
  }
  return out
}

function checkUpdate(update: Record<string, unknown>): void {
  for (const k of Object.keys(update)) {
    if (k.startsWith('$') && !UPDATE_OPS.has(k))
      throw new GatewayError('DATABASE_UNSUPPORTED', `update operator ${k} is not supported by the local runtime`)
  }
}

const isOperatorUpdate = (u: Record<string, unknown>) => Object.keys(u).some((k) => k.startsWith('$'))

/**
 * Serves wx-server-sdk's database protocol from the embedded store, so cloud
 * functions run the production code path unchanged.
 */
export class DatabaseGateway {
  private seq = 0

  constructor(private readonly store: DocumentStore, private readonly clock: () => Date = () => new Date()) {}

  async handle(req: TcbDatabaseRequest): Promise<TcbReply> {
    const requestId = `local-${Date.now().toString(36)}-${(++this.seq).toString(36)}`
    try {
      const data = await this.dispatch(req)
      return { requestId, data }
    } catch (e) {
      const code = e instanceof GatewayError ? e.code : 'DATABASE_REQUEST_FAILED'
      return { requestId, code, message: (e as Error).message }
    }
  }

  private async dispatch(req: TcbDatabaseRequest): Promise<unknown> {
    const now = this.clock()
    if (req.transactionId || /Transaction$/.test(req.action))
      throw new GatewayError('DATABASE_UNSUPPORTED', 'transactions are not supported by the local runtime; use conditional updates')
    const name = req.collectionName ?? ''
    if (!Store.isValidCollectionName(name)) throw new GatewayError('DATABASE_COLLECTION_INVALID', `invalid collection name: ${name}`)
    const coll = await this.store.collection(name)
    const query = translateQuery(decode(req.query, now) ?? {})

    switch (req.action) {
      case 'database.addCollection':
        return {}
      case 'database.getDocument': {
        let cursor = coll.findAsync(query)
        const order = decode(req.order, now)
        if (order && Object.keys(order).length) cursor = cursor.sort(order)
        if (req.offset) cursor = cursor.skip(req.offset)
        cursor = cursor.limit(Math.min(req.limit ?? 100, 1000))
        const projection = decode(req.projection, now)
        if (projection && Object.keys(projection).length) cursor = cursor.projection(projection)
        const docs = await cursor
        return { list: docs.map(encode), offset: req.offset ?? 0, limit: req.limit ?? 100 }
      }
      case 'database.calculateDocument':
        return { total: await coll.countAsync(query) }
      case 'database.insertDocument': {
        const items = (Array.isArray(req.data) ? req.data : [req.data ?? '{}']).map((d) => decode(d, now) as Doc)
        const docs = items.map((d) => ({ ...d, _id: d._id ?? Store.newId() }))
        const inserted = await coll.insertAsync(docs)
        return { insertedIds: (inserted as Doc[]).map((d) => d._id) }
      }
      case 'database.modifyDocument': {
        const data = decode(req.data as string, now) ?? {}
        const operatorUpdate = isOperatorUpdate(data)
        if (operatorUpdate) checkUpdate(data)
        // DOC.set(): replace the whole document (upsert); WHERE/DOC.update(): merge.
        const update = operatorUpdate ? data : req.merge === false ? { ...data, _id: query._id } : { $set: data }
        if (!operatorUpdate && req.merge !== false && Object.keys(data).length === 0) return { updated: 0 }
        const res = await coll.updateAsync(query, update, { multi: req.multi ?? false, upsert: req.upsert ?? false, returnUpdatedDocs: false })
        const upserted = res.upsert && res.affectedDocuments ? (res.affectedDocuments as Doc)._id : undefined
        return { updated: upserted ? 0 : res.numAffected, ...(upserted ? { upsert_id: upserted } : {}) }
      }
      case 'database.removeDocument':
        return { deleted: await coll.removeAsync(query, { multi: req.multi ?? false }) }
      default:
        throw new GatewayError('DATABASE_ACTION_UNSUPPORTED', `action ${req.action} is not supported by the local runtime`)
    }
  }
}
