import type { DocumentStore, Doc } from '../store/document-store'
import { FIXTURE_VERSION, SANDBOX_RECORDS } from './fixture'

/**
 * Seeds the sandbox regulator on first start (and when the fixture version
 * changes). Records are upserted by id, so re-seeding never touches data the
 * system or a person created.
 */
export async function seedSandbox(store: DocumentStore): Promise<boolean> {
  const meta = await store.collection('meta')
  const seeded = (await meta.findOneAsync({ _id: 'sandbox' })) as unknown as { version?: number } | null
  if (seeded?.version === FIXTURE_VERSION) return false
  for (const [name, docs] of Object.entries(SANDBOX_RECORDS)) {
    const coll = await store.collection(name)
    for (const doc of docs) await coll.updateAsync({ _id: doc._id }, doc as Doc, { upsert: true })
  }
  await meta.updateAsync({ _id: 'sandbox' }, { _id: 'sandbox', version: FIXTURE_VERSION, seededAt: new Date() } as unknown as Doc, { upsert: true })
  return true
}
