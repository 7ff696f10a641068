import { OUTBOX_CHANNEL_LABELS, type OutboxEntry } from '../../cloud/messaging/outbox'
/** The local outbox as a page: what phones, mailboxes and WeChat accounts would have received. */
export type OutboxRow = OutboxEntry

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

export function outboxPage(rows: OutboxRow[], phone?: string): string {
  const body = rows
    .map(
      (r) => `<tr data-phone="${esc(r.phone)}"><td>${esc(new Date(r.sentAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }))}</td><td>${esc(OUTBOX_CHANNEL_LABELS[r.channel] ?? r.channel)}</td><td>${esc(r.from)}</td><td>${esc(r.phone ?? r.email ?? r.openid)}</td><td class="code">${esc(r.code)}</td><td>${r.subject ? `<b>${esc(r.subject)}</b><br>` : ''}${esc(r.text).replace(/\n/g, '<br>')}</td></tr>`
    )
    .join('\n')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>本地发件箱</title>
<style>body{font-family:system-ui,"PingFang SC",sans-serif;margin:20px;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:6px 8px;text-align:left;vertical-align:top;font-size:14px}td.code{font:600 18px ui-monospace,monospace;color:#1d4f91}form{margin-bottom:12px}</style></head><body>
<h1>本地发件箱（短信、邮件、订阅消息）</h1>
<form method="get"><input name="phone" placeholder="按手机号筛选" value="${esc(phone)}"> <button>筛选</button> <a href="/dev/outbox">全部</a> · <a href="/sandbox/miit/verify">工信部短信核验（沙箱）</a></form>
<table><thead><tr><th>时间</th><th>渠道</th><th>发送方</th><th>接收方</th><th>验证码</th><th>内容</th></tr></thead><tbody>
${body || '<tr><td colspan="6">暂无消息</td></tr>'}
</tbody></table></body></html>`
}
