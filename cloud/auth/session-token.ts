import { createHash, randomBytes } from 'node:crypto'

/**
 * Session tokens, shared by the local runtime (applicant and reviewer logins)
 * and the review cloud function (which checks reviewer tokens itself): only a
 * SHA-256 of a token is ever stored, so a copy of the database lets nobody in.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

export const newToken = (): string => randomBytes(32).toString('base64url')

/** A `sessions` document (collection `sessions`). */
export interface SessionDocument {
  _id: string
  tokenHash: string
  kind: 'applicant' | 'reviewer'
  openid?: string
  name?: string
  username?: string
  role?: 'reviewer' | 'supervisor'
  /** Milliseconds since the epoch. */
  expiresAt: number
  createdAt: number
}

export const sessionIdOf = (tokenHash: string): string => tokenHash.slice(0, 32)

export const REVIEWER_SESSION_MS = 8 * 3600 * 1000

/** Login throttling of reviewer accounts: five wrong passwords lock the account for 15 minutes. */
export const MAX_LOGIN_FAILURES = 5
export const LOGIN_LOCK_MS = 15 * 60 * 1000
