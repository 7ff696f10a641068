import { useState, type FormEvent } from 'react'
import { PASSIVE_CANCELLATION_REASONS } from '../types/api/review'
import { review } from './api'
import type { Me } from './types'

type Found = { websiteNumber: string; name?: string; domains: string[]; accessedByUs: boolean; subjectNumber: string | null; subjectName: string | null; certificate: string; inMyFilings: boolean }
type Reason = keyof typeof PASSIVE_CANCELLATION_REASONS

/**
 * 备案库: find a website by domain or number; supervisors can withdraw our
 * access (被动取消接入, seed ch. 6) with a reason — after a browser confirmation,
 * since the applicant cannot stop it.
 */
export function RegistryPage({ me, onStarted }: { me: Me; onStarted: (message: string, orderId: string) => void }) {
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Found[] | null>(null)
  const [error, setError] = useState('')
  const [cancelling, setCancelling] = useState<string | null>(null)
  const [reason, setReason] = useState<Reason>('RESOURCE_EXPIRED')
  const [note, setNote] = useState('')
  const supervisor = me.role === 'supervisor'

  const search = async (e: FormEvent) => {
    e.preventDefault()
    const r = await review<Found[]>('lookupWebsite', { query })
    if (!r.ok) return setError(r.error.message)
    setError('')
    setFound(r.data)
  }
  const start = async (websiteNumber: string) => {
    if (!window.confirm(`确定对 ${websiteNumber} 办理被动取消接入吗？\n原因：${PASSIVE_CANCELLATION_REASONS[reason]}\n提交后订单直接进入待提交管局，申请人不能放弃。`)) return
    const r = await review<{ orderId: string; statusLabel: string }>('startPassiveCancellation', { websiteNumber, reason, ...(note.trim() ? { note: note.trim() } : {}) })
    if (!r.ok) return setError(r.error.message)
    setCancelling(null)
    onStarted(`已发起被动取消接入（${r.data.statusLabel}）`, r.data.orderId)
  }

  return (
    <main className="queue registry" id="registry-page">
      <h2>备案库查询</h2>
      <form className="registry-search" onSubmit={search}>
        <input id="registry-query" placeholder="域名或网站备案号，如 example.com、豫ICP备2024000101号-1" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button id="registry-search" type="submit" disabled={query.trim().length < 3}>查询</button>
      </form>
      {error && <div className="error" role="alert" id="registry-error">{error}</div>}
      {found && found.length === 0 && <p className="muted" id="registry-empty">备案库中没有找到该域名或备案号</p>}
      {found && found.length > 0 && (
        <table className="grid small" id="registry-results">
          <thead><tr><th>网站备案号</th><th>网站名称</th><th>域名</th><th>主体</th><th>证件</th><th>本接入商</th><th>操作</th></tr></thead>
          <tbody>
            {found.map((w) => (
              <tr key={w.websiteNumber} data-website={w.websiteNumber}>
                <td className="mono">{w.websiteNumber}</td>
                <td>{w.name ?? '—'}</td>
                <td>{w.domains.join('、')}</td>
                <td>{w.subjectName ?? '—'}{w.subjectNumber ? `（${w.subjectNumber}）` : ''}</td>
                <td className="mono">{w.certificate}</td>
                <td>{w.accessedByUs ? '已接入' : '未接入'}</td>
                <td>
                  {w.accessedByUs && w.inMyFilings && supervisor && cancelling !== w.websiteNumber && (
                    <button className="secondary danger passive-cancel" onClick={() => setCancelling(w.websiteNumber)}>被动取消接入</button>
                  )}
                  {w.accessedByUs && !supervisor && <span className="muted">被动取消接入须审核主管办理</span>}
                  {cancelling === w.websiteNumber && (
                    <div className="passive-form">
                      <select id="passive-reason" value={reason} onChange={(e) => setReason(e.target.value as Reason)}>
                        {Object.entries(PASSIVE_CANCELLATION_REASONS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                      </select>
                      <input id="passive-note" placeholder="说明（申请人可见），如到期日期" value={note} onChange={(e) => setNote(e.target.value)} />
                      <button id="passive-submit" className="danger" onClick={() => void start(w.websiteNumber)}>确认发起</button>
                      <button className="secondary" onClick={() => setCancelling(null)}>取消</button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
