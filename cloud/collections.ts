/**
 * Every collection of the cloud document database, with its indexes. The local
 * runtime creates these indexes in its embedded store; in production create the
 * collections (and indexes) in the 云开发 console — see README "Deploy".
 */
export interface IndexSpec {
  fields: string | string[]
  unique?: boolean
  sparse?: boolean
}

export interface CollectionSpec {
  description: string
  indexes: IndexSpec[]
}

export const COLLECTIONS: Record<string, CollectionSpec> = {
  orders: {
    description: '备案订单 — filing orders with their event history; `queueKeys` (written by OrderRepository) index the reviewers\' filtered queues',
    indexes: [{ fields: 'ownerOpenid' }, { fields: 'certificateKey' }, { fields: 'status' }, { fields: 'queueKeys' }]
  },
  files: {
    description: 'Uploaded files: owner, type and size (local runtime; cloud storage in production)',
    indexes: [{ fields: 'owner' }]
  },
  ocr_results: {
    description: 'What OCR read from each uploaded ID card / licence (id derived from the fileID): compared with what was entered in the wizard and on the reviewer\'s page',
    indexes: [{ fields: 'owner' }]
  },
  order_locks: {
    description: 'One open order per account and per certificate: `acct:<openid>` / `cert:<number>` → order id',
    indexes: [{ fields: 'orderId' }]
  },
  resources: {
    description: '可备案资源 — servers (public IPs) and 备案授权码 usable for product verification',
    indexes: [{ fields: 'ip' }, { fields: 'kind' }]
  },
  counters: {
    description: 'Sequences, e.g. the sandbox regulator\'s filing-number serials per province and year',
    indexes: []
  },
  meta: {
    description: 'Runtime bookkeeping, e.g. which sandbox fixture version was seeded',
    indexes: []
  },
  subjects: {
    description: '本接入商的备案主体 — subjects filed through this provider, per account',
    indexes: [{ fields: 'certificateKey', unique: true }, { fields: 'ownerOpenid' }, { fields: 'subjectNumber' }]
  },
  registry_subjects: {
    description: '管局备案库：主体 — the regulator registry of subjects (sandbox locally, recorded by reviewers in production)',
    indexes: [{ fields: 'certificateKey', unique: true }]
  },
  registry_websites: {
    description: '管局备案库：网站 — the regulator registry of websites and their domains',
    indexes: [{ fields: 'domains' }, { fields: 'subjectCertificateKey' }]
  },
  transfers: {
    description: '转移备案 — transfer offers between accounts: the hashed one-time code, the subject, both accounts and the history',
    indexes: [{ fields: 'codeHash' }, { fields: 'subjectNumber' }]
  },
  phone_codes: {
    description: '手机号验证码 — one active code per phone and purpose: salted hash, expiry, wrong entries (never the code)',
    indexes: []
  },
  phone_code_sends: {
    description: 'Phone-code sends per phone and per account and day, for the resend interval and the daily caps',
    indexes: []
  },
  phone_proofs: {
    description: 'Phones an account proved it holds (手机号验证), per purpose',
    indexes: [{ fields: 'openid' }]
  },
  miit_sms_rounds: {
    description: '工信部短信核验 rounds: per order, the phones, their verification state, wrong entries, resends, the deadline',
    indexes: [{ fields: 'orderId' }, { fields: 'status' }, { fields: 'deadline' }]
  },
  notifications: {
    description: 'Applicant notifications: one record per order event, channel and address (idempotent), with delivery state and retries',
    indexes: [{ fields: 'status' }, { fields: 'orderId' }]
  },
  subscriptions: {
    description: 'WeChat subscribe-message authorisations per account and template',
    indexes: []
  },
  outbox: {
    description: 'Local only: SMS and e-mail the local runtime "sent" (read with GET /api/dev/outbox or npm run outbox)',
    indexes: [{ fields: 'phone' }, { fields: 'sentAt' }]
  },
  legacy_filings: {
    description: '原备案系统中的历史备案 — legacy records that must be claimed (认领备案)',
    indexes: [{ fields: 'certificateKey' }]
  },
  reviewers: {
    description: '备案专员账号 — reviewer accounts',
    indexes: [{ fields: 'username', unique: true }]
  },
  handoffs: {
    description: '扫码继续 — single-use, short-lived QR handoff tokens (stored as hashes) that open an order step on another device',
    indexes: [{ fields: 'orderId' }, { fields: 'expiresAt' }]
  },
  review_claims: {
    description: '初审领取 — one claim per order (id = order id): the reviewer holding it and until when',
    indexes: [{ fields: 'username' }, { fields: 'expiresAt' }]
  },
  review_audit: {
    description: 'Audit of reviewers viewing full personal data (order detail) and of reassignments',
    indexes: [{ fields: 'orderId' }, { fields: 'username' }]
  },
  sessions: {
    description: 'Login sessions (token hashes) of applicants (local runtime) and reviewers',
    indexes: [{ fields: 'tokenHash', unique: true }, { fields: 'expiresAt' }]
  }
}
