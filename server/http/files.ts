import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { DocumentStore } from '../store/document-store'

/** Spec §5.1: Tencent takes images up to 8 MB. */
export const MAX_UPLOAD_BYTES = 8 * 1024 * 1024

const SIGNATURES: Array<{ type: string; ext: string; test: (b: Buffer) => boolean }> = [
  { type: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) }
]

export type StoredFile = { fileID: string; contentType: string; size: number }

/**
 * Local stand-in for cloud storage: files under `<dataDir>/files/`, named by a
 * random id (never the uploader's file name), owned by the uploader.
 */
export class LocalFileStore {
  private readonly dir: string

  constructor(dataDir: string, private readonly store: DocumentStore) {
    this.dir = path.join(dataDir, 'files')
    mkdirSync(path.join(this.dir, 'uploads'), { recursive: true })
  }

  /** What kind of image the bytes are, judged from the bytes, not the name. */
  static sniff(bytes: Buffer) {
    return SIGNATURES.find((s) => s.test(bytes)) ?? null
  }

  /** The bytes of a stored file (`uploads/<hex>.<ext>`), or null when there is none. */
  async read(name: string): Promise<Buffer | null> {
    try {
      return await readFile(path.join(this.dir, name))
    } catch {
      return null
    }
  }

  /** Stores bytes that passed intake (upright, no metadata) under a random name. */
  async save(bytes: Buffer, owner: string, kind: { ext: string; type: string }): Promise<StoredFile> {
    const id = randomBytes(16).toString('hex')
    const name = `${id}.${kind.ext}`
    writeFileSync(path.join(this.dir, 'uploads', name), bytes, { flag: 'wx' })
    const fileID = `cloud://local.files/uploads/${name}`
    const files = await this.store.collection('files')
    await files.insertAsync({ _id: id, fileID, owner, contentType: kind.type, size: bytes.length, createdAt: new Date() })
    return { fileID, contentType: kind.type, size: bytes.length }
  }
}
