import type { DocumentStore } from '../store/document-store'
import { REVIEWER_SESSION_MS as REVIEWER_MS, hashToken, newToken, sessionIdOf } from '../../cloud/auth/session-token'

export type Session =
  | { kind: 'applicant'; openid: string; name?: string; expiresAt: number }
  | { kind: 'reviewer'; username: string; role: ReviewerRole; expiresAt: number }

export type ReviewerRole = 'reviewer' | 'supervisor'

export const APPLICANT_SESSION_MS = 30 * 24 * 3600 * 1000
export const REVIEWER_SESSION_MS = REVIEWER_MS

/**
 * Bearer sessions. Only a SHA-256 of each token is stored, so a copy of the
 * database does not let anyone log in.
 */
export class SessionStore {
  constructor(private readonly store: DocumentStore) {}

  async issue(session: Session): Promise<string> {
    const token = newToken()
    const sessions = await this.store.collection('sessions')
    await sessions.insertAsync({ _id: sessionIdOf(hashToken(token)), tokenHash: hashToken(token), ...session, createdAt: Date.now() })
    return token
  }

  async resolve(token: string | undefined, now = Date.now()): Promise<Session | null> {
    if (!token || token.length > 200) return null
    const sessions = await this.store.collection('sessions')
    const doc = (await sessions.findOneAsync({ tokenHash: hashToken(token) })) as unknown as (Session & { tokenHash: string }) | null
    if (!doc || doc.expiresAt <= now) return null
    const { tokenHash: _t, ...session } = doc as Session & { tokenHash: string; _id?: string; createdAt?: number }
    delete (session as { _id?: string })._id
    delete (session as { createdAt?: number }).createdAt
    return session as Session
  }

  async revoke(token: string): Promise<void> {
    const sessions = await this.store.collection('sessions')
    await sessions.removeAsync({ tokenHash: hashToken(token) }, {})
  }

  async purgeExpired(now = Date.now()): Promise<void> {
    const sessions = await this.store.collection('sessions')
    await sessions.removeAsync({ expiresAt: { $lte: now } }, { multi: true })
  }
}
