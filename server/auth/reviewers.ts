import type { Doc, DocumentStore } from '../store/document-store'
import { hashPassword, passwordProblem, verifyPassword } from './password'
import type { ReviewerRole } from './sessions'

export const REVIEWER_ROLES: readonly ReviewerRole[] = ['reviewer', 'supervisor']
import { LOGIN_LOCK_MS as LOCK_MS, MAX_LOGIN_FAILURES as MAX_FAILURES } from '../../cloud/auth/session-token'

interface ReviewerDoc {
  _id: string
  username: string
  role: ReviewerRole
  passwordHash: string
  failedLogins: number
  lockedUntil: number
  createdAt: number
}

export type LoginOutcome =
  | { ok: true; username: string; role: ReviewerRole }
  | { ok: false; code: 'AUTH.INVALID_CREDENTIALS' | 'AUTH.LOCKED'; message: string }

/** Reviewer (备案专员) accounts: created by the operator, passwords under scrypt. */
export class ReviewerAccounts {
  constructor(private readonly store: DocumentStore) {}

  static usernameProblem(username: string): string | null {
    return /^[a-z][a-z0-9._-]{2,31}$/.test(username) ? null : '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头'
  }

  async add(username: string, role: ReviewerRole, password: string): Promise<void> {
    const problem = ReviewerAccounts.usernameProblem(username) ?? passwordProblem(password)
    if (problem) throw new Error(problem)
    if (!REVIEWER_ROLES.includes(role)) throw new Error(`角色只能是 ${REVIEWER_ROLES.join(' 或 ')}`)
    const coll = await this.store.collection('reviewers')
    if (await coll.findOneAsync({ username })) throw new Error(`用户名 ${username} 已存在`)
    const doc: ReviewerDoc = {
      _id: `reviewer-${username}`,
      username,
      role,
      passwordHash: await hashPassword(password),
      failedLogins: 0,
      lockedUntil: 0,
      createdAt: Date.now()
    }
    await coll.insertAsync(doc as unknown as Doc)
  }

  async list(): Promise<Array<{ username: string; role: ReviewerRole }>> {
    const coll = await this.store.collection('reviewers')
    const docs = (await coll.findAsync({})) as unknown as ReviewerDoc[]
    return docs.map((d) => ({ username: d.username, role: d.role }))
  }

  /** Checks a login; five wrong passwords lock the account for 15 minutes. */
  async login(username: string, password: string, now = Date.now()): Promise<LoginOutcome> {
    const coll = await this.store.collection('reviewers')
    const doc = (await coll.findOneAsync({ username })) as unknown as ReviewerDoc | null
    const invalid = { ok: false as const, code: 'AUTH.INVALID_CREDENTIALS' as const, message: '用户名或密码错误' }
    if (!doc) {
      await hashPassword(password) // same cost whether or not the user exists
      return invalid
    }
    if (doc.lockedUntil > now) {
      const minutes = Math.ceil((doc.lockedUntil - now) / 60000)
      return { ok: false, code: 'AUTH.LOCKED', message: `登录失败次数过多，账号已临时锁定，请 ${minutes} 分钟后再试` }
    }
    if (!(await verifyPassword(password, doc.passwordHash))) {
      const failed = doc.failedLogins + 1
      const locked = failed >= MAX_FAILURES
      await coll.updateAsync(
        { _id: doc._id },
        { $set: { failedLogins: locked ? 0 : failed, lockedUntil: locked ? now + LOCK_MS : 0 } },
        {}
      )
      return locked
        ? { ok: false, code: 'AUTH.LOCKED', message: '登录失败次数过多，账号已临时锁定，请 15 分钟后再试' }
        : invalid
    }
    if (doc.failedLogins) await coll.updateAsync({ _id: doc._id }, { $set: { failedLogins: 0 } }, {})
    return { ok: true, username: doc.username, role: doc.role }
  }
}
