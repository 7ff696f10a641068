import { BSONRegExp, EJSON } from 'bson'

/**
 * Converts the SDK's extended JSON into plain values NeDB understands and back.
 * `$tcb_server_date` (db.serverDate()) becomes the runtime's clock.
 */
export function decode(text: string | undefined, now: Date): any {
  if (text === undefined || text === '') return undefined
  return toPlain(EJSON.parse(text, { relaxed: true }), now)
}

function toPlain(value: any, now: Date): any {
  if (Array.isArray(value)) return value.map((v) => toPlain(v, now))
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, value.options.replace(/[^gimsuy]/g, ''))
  if (value instanceof Date || value === null || typeof value !== 'object') return value
  if ('$tcb_server_date' in value) {
    const offset = Number(value.$tcb_server_date?.offset ?? 0)
    return new Date(now.getTime() + offset)
  }
  const out: Record<string, any> = {}
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v, now)
  return out
}

export function encode(doc: unknown): string {
  return EJSON.stringify(doc as any, { relaxed: false })
}
