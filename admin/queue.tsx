import { useCallback, useEffect, useRef, useState } from 'react'
import { review } from './api'
import { HOST_NATURE_OPTIONS, PROVINCE_OPTIONS, SLA_LABEL, TYPE_OPTIONS, dateTime, time, waited } from './format'
import type { Me, Queue, Tab } from './types'

export interface Filters {
  province?: string
  type?: string
  hostNature?: string
  minAgeDays?: number
  claim: 'ANY' | 'MINE' | 'UNCLAIMED'
  sort: 'WAITING_LONGEST' | 'WAITING_SHORTEST'
}
export const NO_FILTERS: Filters = { claim: 'ANY', sort: 'WAITING_LONGEST' }

/** Drops unset filters so the function gets only what was chosen. */
export const filterEvent = (f: Filters) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== ''))

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string; options: Array<{ value: string; label: string }>; onChange: (v: string) => void }) {
  return (
    <label className="filter" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  )
}

/** The 初审 queue and the other reviewer queues: tabs with counts, filters, rows by waiting time. */
export function QueuePage({ me, tab, filters, onFilters, onTab, onOpen }: { me: Me; tab: Tab; filters: Filters; onFilters: (f: Filters) => void; onTab: (t: Tab) => void; onOpen: (orderId: string) => void }) {
  const [queue, setQueue] = useState<Queue | null>(null)
  const [page, setPage] = useState(1)
  const [error, setError] = useState('')
  const [cursor, setCursor] = useState(0)
  const table = useRef<HTMLTableSectionElement>(null)

  const load = useCallback(async () => {
    const res = await review<Queue>('queue', { tab, page, pageSize: 50, ...filterEvent(filters) })
    if (!res.ok) return setError(res.error.message)
    setError('')
    setQueue(res.data)
    setCursor((c) => Math.min(c, Math.max(0, res.data.rows.length - 1)))
  }, [tab, page, filters])

  useEffect(() => {
    void load()
    const timer = setInterval(load, 30_000)
    return () => clearInterval(timer)
  }, [load])
  useEffect(() => {
    setPage(1)
    setQueue(null) // never show one queue's rows under another's tab
  }, [tab, filters])

  const openNext = async () => {
    const res = await review<{ orderId: string } | null>('claimNext', { tab, ...filterEvent(filters) })
    if (!res.ok) return setError(res.error.message)
    if (!res.data) return setError('当前队列没有可领取的订单')
    onOpen(res.data.orderId)
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, select, textarea')) return
      const rows = queue?.rows ?? []
      if (e.key === 'j' || e.key === 'ArrowDown') setCursor((c) => Math.min(c + 1, rows.length - 1))
      else if (e.key === 'k' || e.key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0))
      else if (e.key === 'Enter' && rows[cursor]) onOpen(rows[cursor]._id)
      else if (e.key === 'n') void openNext()
      else if (e.key === 'g') void load()
      else if (/^[1-5]$/.test(e.key) && queue) onTab(queue.tabs[Number(e.key) - 1].tab)
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })
  useEffect(() => {
    table.current?.querySelectorAll('tr')[cursor]?.scrollIntoView({ block: 'nearest' })
  }, [cursor])

  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch })
  const pages = queue ? Math.max(1, Math.ceil(queue.total / queue.pageSize)) : 1
  return (
    <main className="queue">
      <nav className="tabs" role="tablist">
        {(queue?.tabs ?? []).map((t, i) => (
          <button key={t.tab} role="tab" id={`tab-${t.tab}`} aria-selected={t.tab === tab} className={t.tab === tab ? 'tab active' : 'tab'} onClick={() => onTab(t.tab)} title={`快捷键 ${i + 1}`}>
            {t.label}
            <span className="count">{t.count}</span>
          </button>
        ))}
      </nav>
      <div className="filters">
        <Select id="f-province" label="省份" value={filters.province ?? ''} options={PROVINCE_OPTIONS} onChange={(v) => set({ province: v || undefined })} />
        <Select id="f-type" label="备案类型" value={filters.type ?? ''} options={TYPE_OPTIONS} onChange={(v) => set({ type: v || undefined })} />
        <Select id="f-nature" label="主办单位性质" value={filters.hostNature ?? ''} options={HOST_NATURE_OPTIONS} onChange={(v) => set({ hostNature: v || undefined })} />
        <Select id="f-age" label="等待" value={filters.minAgeDays ? String(filters.minAgeDays) : ''} options={[1, 2, 3, 7].map((d) => ({ value: String(d), label: `${d} 天以上` }))} onChange={(v) => set({ minAgeDays: v ? Number(v) : undefined })} />
        <label className="filter" htmlFor="f-claim">
          <span>领取</span>
          <select id="f-claim" value={filters.claim} onChange={(e) => set({ claim: e.target.value as Filters['claim'] })}>
            <option value="ANY">全部</option>
            <option value="UNCLAIMED">未领取</option>
            <option value="MINE">我领取的</option>
          </select>
        </label>
        <label className="filter" htmlFor="f-sort">
          <span>排序</span>
          <select id="f-sort" value={filters.sort} onChange={(e) => set({ sort: e.target.value as Filters['sort'] })}>
            <option value="WAITING_LONGEST">等待最久优先</option>
            <option value="WAITING_SHORTEST">最新提交优先</option>
          </select>
        </label>
        <span className="spacer" />
        <button className="secondary" id="refresh" onClick={load} title="快捷键 G">刷新</button>
        <button id="claim-next" onClick={openNext} title="快捷键 N">领取下一单</button>
      </div>
      {error && <div className="error" role="alert">{error}</div>}
      <table className="grid">
        <thead>
          <tr>
            <th>SLA</th><th>等待</th><th>备案类型</th><th>状态</th><th>省份</th><th>性质</th><th>主办者</th><th>证件号码</th><th>负责人手机</th><th>域名</th><th>领取</th>
          </tr>
        </thead>
        <tbody ref={table}>
          {queue?.rows.map((r, i) => (
            <tr key={r._id} className={i === cursor ? 'cursor' : ''} onClick={() => onOpen(r._id)} data-order={r._id}>
              <td><span className={`sla sla-${r.sla.level}`} title={`时限 ${dateTime(r.sla.due)}`}>{SLA_LABEL[r.sla.level]}</span></td>
              <td title={dateTime(r.waitingSince)}>{waited(r.waitingSince)}</td>
              <td>{r.typeLabel}</td>
              <td>{r.statusLabel}</td>
              <td>{r.provinceName}</td>
              <td>{r.hostNatureLabel}</td>
              <td>{r.subjectName}</td>
              <td className="mono">{r.certificate}</td>
              <td className="mono">{r.principalMobile}</td>
              <td>{r.domain}{r.websites > 1 ? ` 等 ${r.websites} 个网站` : ''}</td>
              <td>{r.claim ? <span className={r.claim.username === me.username ? 'claim mine' : 'claim'}>{r.claim.username}（至 {time(r.claim.expiresAt)}）</span> : <span className="muted">未领取</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {queue && !queue.rows.length && <p className="empty">该队列暂无订单</p>}
      <footer className="pager">
        <span className="muted">共 {queue?.total ?? 0} 单 · 快捷键：J/K 上下移动，Enter 打开，N 领取下一单，G 刷新，1–5 切换队列</span>
        <span>
          <button className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>上一页</button>
          <span className="muted"> {page} / {pages} </span>
          <button className="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>下一页</button>
        </span>
      </footer>
    </main>
  )
}
