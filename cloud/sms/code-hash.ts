import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto'

/** A random numeric code from the CSPRNG, e.g. 6 digits. */
export const newCode = (length = 6): string => Array.from({ length }, () => String(randomInt(10))).join('')

/**
 * Codes are stored only as a salted hash: SHA-256 over a random per-code salt,
 * the context (phone and purpose, so a hash cannot be replayed for another
 * phone) and the code. `ICP_CODE_PEPPER` (function environment) adds a secret
 * that is not in the database.
 */
export function hashCode(code: string, salt: string, context: string): string {
  return createHash('sha256').update(`${process.env.ICP_CODE_PEPPER ?? ''}\0${salt}\0${context}\0${code}`).digest('hex')
}

export function hashNewCode(code: string, context: string): { codeHash: string; salt: string } {
  const salt = randomBytes(16).toString('hex')
  return { codeHash: hashCode(code, salt, context), salt }
}

/** Constant-time comparison of an entered code with a stored hash: timing says nothing about how close a guess was. */
export function codeMatches(entered: string, salt: string, storedHash: string, context: string): boolean {
  const a = Buffer.from(hashCode(entered, salt, context), 'hex')
  const b = Buffer.from(storedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}
