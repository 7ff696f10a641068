import type { FieldChange } from '../../types/order'

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)

/**
 * Field-level differences between two values, as dotted paths (array items of
 * objects with an `id` are keyed by it). Recorded with every edit.
 */
export function diff(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()
    return keys.flatMap((k) => diff(before[k], after[k], path ? `${path}.${k}` : k))
  }
  const keyed = (v: unknown) => Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string')
  if (keyed(before) && keyed(after)) {
    const b = new Map((before as Array<{ id: string }>).map((x) => [x.id, x]))
    const a = new Map((after as Array<{ id: string }>).map((x) => [x.id, x]))
    const ids = [...new Set([...b.keys(), ...a.keys()])]
    return ids.flatMap((id) => diff(b.get(id), a.get(id), `${path}.${id}`))
  }
  return [{ path, before: before ?? null, after: after ?? null }]
}
