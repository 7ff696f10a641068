import { useCallback, useEffect, useState } from 'react'
import { review } from './api'
import { dateTime } from './format'
import type { Row } from './types'

/**
 * 沙箱管局控制台 (local sandbox only): plays the 管局 for orders at 管局审核 —
 * approve (issuing the filing numbers) or reject with a reason. In production
 * the 管局 decides in the MIIT system and reviewers record it on the order page.
 */
export function RegulatorConsole() {
  const [rows, setRows] = useState<Row[]>([])
  const [reason, setReason] = useState<Record<string, string>>({})
  const [message, setMessage] = useState('')
  const [error, setError] = useState('')
  const load = useCallback(async () => {
    const r = await review<Row[]>('sandboxRegulatorQueue')
    if (r.ok) setRows(r.data)
    else setError(r.error.message)
  }, [])
  useEffect(() => void load(), [load])
  const decide = async (orderId: string, approve: boolean) => {
    const r = approve
      ? await review<{ filingNumbers: { subject: string; websites: Record<string, string> } }>('sandboxRegulatorApprove', { orderId })
      : await review('sandboxRegulatorReject', { orderId, reasons: [{ message: reason[orderId]?.trim() || '管局审核未通过' }] })
    if (!r.ok) return setError(r.error.message)
    setError('')
    const numbers = approve ? (r.data as { filingNumbers: { subject: string; websites: Record<string, string> } }).filingNumbers : null
    setMessage(approve ? `已审核通过，签发备案号：${[numbers!.subject, ...Object.values(numbers!.websites)].join('、')}` : '已驳回')
    await load()
  }
  return (
    <main className="queue regulator">
      <h2>沙箱管局控制台 <span className="muted small">（仅本地沙箱；生产环境由管局在工信部系统审核，专员在订单页记录结果）</span></h2>
      {message && <div className="ok-text" id="regulator-message">{message}</div>}
      {error && <div className="error" role="alert">{error}</div>}
      <table className="grid">
        <thead><tr><th>提交时间</th><th>备案类型</th><th>省份</th><th>主办者</th><th>域名</th><th>驳回原因</th><th>操作</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r._id} data-order={r._id}>
              <td>{dateTime(r.waitingSince)}</td><td>{r.typeLabel}</td><td>{r.provinceName}</td><td>{r.subjectName}</td><td>{r.domain}</td>
              <td><input placeholder="驳回时填写" value={reason[r._id] ?? ''} onChange={(e) => setReason({ ...reason, [r._id]: e.target.value })} /></td>
              <td className="actions">
                <button className="regulator-approve" onClick={() => decide(r._id, true)}>审核通过</button>
                <button className="danger regulator-reject" onClick={() => decide(r._id, false)}>驳回</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!rows.length && <p className="empty">没有待管局审核的订单</p>}
    </main>
  )
}
