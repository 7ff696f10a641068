import { AppFailure } from '../../types/result'
import { firstRow } from '../kernel/query'
import type { Database } from '../kernel/wx'
import { hashPassword, verifyPassword } from './password'
import { LOGIN_LOCK_MS, MAX_LOGIN_FAILURES, REVIEWER_SESSION_MS, type SessionDocument, hashToken, newToken, sessionIdOf } from './session-token'

export type ReviewerRole = 'reviewer' | 'supervisor'
export interface ReviewerIdentity {
  username: string
  role: ReviewerRole
}

interface ReviewerAccount {
  _id: string
  username: string
  role: ReviewerRole
  passwordHash: string
  failedLogins: number
  lockedUntil: number
  disabled?: boolean
}

const expired = () => new AppFailure({ code: 'AUTH.SESSION_EXPIRED', message: '登录已过期，请重新登录' })

/**
 * The reviewer behind a bearer token, checked against the `sessions` and
 * `reviewers` collections — by the review function itself, so it holds in
 * WeChat cloud (HTTP access) as it does locally. An applicant's token is
 * refused; the role is read from the account, so a changed role or a removed
 * account takes effect at once.
 */
export async function reviewerForToken(db: Database, token: string, now: Date): Promise<ReviewerIdentity> {
  if (!token || token.length > 200) throw expired()
  const session = await firstRow<SessionDocument>(db.collection('sessions').where({ tokenHash: hashToken(token) }))
  if (!session || session.expiresAt <= now.getTime()) throw expired()
  if (session.kind !== 'reviewer' || !session.username)
    throw new AppFailure({ code: 'AUTH.FORBIDDEN', message: '申请人账号不能使用备案审核功能' })
  const account = await firstRow<ReviewerAccount>(db.collection('reviewers').where({ username: session.username }))
  if (!account || account.disabled) throw expired()
  return { username: account.username, role: account.role }
}

export type LoginResult = { token: string; expiresAt: number } & ReviewerIdentity

/** Reviewer login (the same accounts, hashes and lock-out as the runtime's POST /api/auth/reviewer). */
export async function loginReviewer(db: Database, username: string, password: string, now: Date): Promise<LoginResult> {
  const invalid = new AppFailure({ code: 'AUTH.INVALID_CREDENTIALS', message: '用户名或密码错误' })
  const accounts = db.collection('reviewers')
  const account = await firstRow<ReviewerAccount>(accounts.where({ username }))
  if (!account || account.disabled) {
    await hashPassword(password) // same cost whether or not the account exists
    throw invalid
  }
  const t = now.getTime()
  if (account.lockedUntil > t)
    throw new AppFailure({ code: 'AUTH.LOCKED', message: `登录失败次数过多，账号已临时锁定，请 ${Math.ceil((account.lockedUntil - t) / 60000)} 分钟后再试` })
  if (!(await verifyPassword(password, account.passwordHash))) {
    const failed = (account.failedLogins ?? 0) + 1
    const locked = failed >= MAX_LOGIN_FAILURES
    await accounts.doc(account._id).update({ data: { failedLogins: locked ? 0 : failed, lockedUntil: locked ? t + LOGIN_LOCK_MS : 0 } })
    if (locked) throw new AppFailure({ code: 'AUTH.LOCKED', message: '登录失败次数过多，账号已临时锁定，请 15 分钟后再试' })
    throw invalid
  }
  if (account.failedLogins) await accounts.doc(account._id).update({ data: { failedLogins: 0 } })
  const token = newToken()
  const tokenHash = hashToken(token)
  const expiresAt = t + REVIEWER_SESSION_MS
  const doc: Omit<SessionDocument, '_id'> = { tokenHash, kind: 'reviewer', username: account.username, role: account.role, expiresAt, createdAt: t }
  await db.collection('sessions').add({ data: { _id: sessionIdOf(tokenHash), ...doc } })
  return { token, expiresAt, username: account.username, role: account.role }
}

export async function logoutReviewer(db: Database, token: string): Promise<void> {
  if (token) await db.collection('sessions').where({ tokenHash: hashToken(token) }).remove()
}
