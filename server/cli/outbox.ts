/**
 * npm run outbox [-- --phone 13800138000] [--limit 20] [--data-dir .data]
 *
 * Prints the local outbox (SMS, e-mail, subscribe messages), newest first, so
 * a person trying the system can read the codes. Through the running runtime
 * (GET /api/dev/outbox) when there is one; otherwise from the store directly.
 */
import { DocumentStore } from '../store/document-store'
import { readLiveLock } from '../lock'
import { OUTBOX_CHANNEL_LABELS, type OutboxEntry } from '../../cloud/messaging/outbox'
import { cliArgs } from './args'

type Row = OutboxEntry

async function viaRuntime(port: number, phone?: string): Promise<Row[]> {
  const base = `http://127.0.0.1:${port}`
  const login = (await (await fetch(`${base}/api/auth/applicant`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'outbox-cli' }) })).json()) as { data: { token: string } }
  const res = (await (await fetch(`${base}/api/dev/outbox${phone ? `?phone=${encodeURIComponent(phone)}` : ''}`, { headers: { authorization: `Bearer ${login.data.token}` } })).json()) as { ok: boolean; data: Row[]; error?: { message: string } }
  if (!res.ok) throw new Error(res.error?.message ?? 'outbox request failed')
  return res.data
}

async function fromStore(dataDir: string, phone?: string): Promise<Row[]> {
  const store = new DocumentStore(dataDir)
  try {
    return (await (await store.collection('outbox')).findAsync(phone ? { phone } : {}).sort({ sentAt: -1 }).limit(200)) as unknown as Row[]
  } finally {
    await store.close()
  }
}

async function main(argv: string[]) {
  const { option: arg, dataDir } = cliArgs(argv)
  const phone = arg('phone')
  const limit = Number(arg('limit') ?? 20)
  const live = readLiveLock(dataDir)
  const rows = (live?.port ? await viaRuntime(live.port, phone) : await fromStore(dataDir, phone)).slice(0, limit)
  if (!rows.length) console.log(phone ? `发件箱中没有发往 ${phone} 的消息` : '发件箱为空')
  for (const r of rows) {
    const when = new Date(r.sentAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
    console.log(`${when}  ${OUTBOX_CHANNEL_LABELS[r.channel] ?? r.channel}  ${r.from ?? ''} → ${r.phone ?? r.email ?? r.openid ?? ''}${r.code ? `  验证码 ${r.code}` : ''}`)
    console.log(`  ${r.subject ? `${r.subject}：` : ''}${r.text.replace(/\n+/g, ' ')}`)
  }
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message)
  process.exit(1)
})
