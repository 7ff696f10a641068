import type { ApiClient, Envelope } from './runtime'

/** The data of a successful reply, or a failed test naming the error. */
export const data = <T>(r: Envelope<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.data
}

/** Uploads image bytes through `POST /api/files`; returns the fileID. */
export async function upload(api: ApiClient, bytes: Buffer): Promise<string> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)]), 'photo.jpg')
  const r = await api.raw('POST', '/api/files', form)
  if (!r.body.ok) throw new Error(JSON.stringify(r.body))
  return (r.body.data as { fileID: string }).fileID
}
