import { useCallback, useEffect, useState } from 'react'
import { review } from './api'
import { DecisionPanel, loadCatalogue } from './decision-panel'
import { SLA_LABEL, dateTime, time, waited } from './format'
import { OrderSections, type Ticks } from './sections'
import type { CatalogueReason, Detail, Me } from './types'

/**
 * One order: claimed on opening when nobody holds it, everything the
 * applicant entered, and the decisions. After a decision the caller opens the
 * next order (`onDecided`).
 */
export function DetailPage({ me, orderId, onBack, onDecided }: { me: Me; orderId: string; onBack: () => void; onDecided: (message: string) => void }) {
  const [detail, setDetail] = useState<Detail | null>(null)
  const [catalogue, setCatalogue] = useState<CatalogueReason[]>([])
  const [ticks, setTicks] = useState<Ticks>(new Map())
  const [error, setError] = useState('')
  const [info, setInfo] = useState('')
  const [busy, setBusy] = useState(false)
  const [reviewers, setReviewers] = useState<Array<{ username: string }>>([])
  const [reassignTo, setReassignTo] = useState('')

  const load = useCallback(async () => {
    const r = await review<Detail>('detail', { orderId })
    if (!r.ok) return setError(r.error.message)
    setDetail(r.data)
    return r.data
  }, [orderId])

  const claim = useCallback(async () => {
    const r = await review('claim', { orderId })
    if (!r.ok) setError(r.error.message)
    else setError('')
    await load()
  }, [orderId, load])

  useEffect(() => {
    setTicks(new Map())
    setError('')
    setInfo('')
    void loadCatalogue().then(setCatalogue)
    if (me.role === 'supervisor') void review<Array<{ username: string }>>('reviewers').then((r) => r.ok && setReviewers(r.data))
    void load().then((d) => {
      if (d && d.tab && !d.claim) void claim()
    })
  }, [orderId])

  const mine = !!detail?.claim && detail.claim.username === me.username

  const act = useCallback(
    async (action: string, event: Record<string, unknown> = {}, stay = false) => {
      setBusy(true)
      const r = await review<{ statusLabel: string }>(action, { orderId, ...event })
      setBusy(false)
      if (!r.ok) {
        setError(r.error.message)
        return false
      }
      setError('')
      if (stay) {
        setInfo('已记录')
        await load()
      } else onDecided(`订单 ${orderId} 已处理：${r.data.statusLabel}`)
      return true
    },
    [orderId, load, onDecided]
  )

  const tick = (field: string, label: string) => {
    const t = new Map(ticks)
    if (t.has(field)) t.delete(field)
    else t.set(field, `请核对并修改：${label}`)
    setTicks(t)
  }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement).closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey) return
      const click = (id: string) => (document.getElementById(id) as HTMLButtonElement | null)?.click()
      const keys: Record<string, () => void> = {
        Escape: onBack,
        c: () => void claim(),
        a: () => click('approve'),
        m: () => click('request-materials'),
        r: () => click('reject'),
        s: () => click('submit-regulator'),
        v: () => click('sms-completed')
      }
      const fn = keys[e.key]
      if (!fn) return
      e.preventDefault()
      fn()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [claim, onBack])

  if (!detail) return <main className="detail">{error ? <div className="error" role="alert">{error}</div> : <p className="muted">加载中…</p>}</main>
  const { order, row } = detail
  return (
    <main className="detail">
      <div className="detail-head">
        <button className="secondary" id="back" onClick={onBack}>← 返回队列 (Esc)</button>
        <h2>
          {row.typeLabel} · {order.subject.name || row.domain} <span className="status">{row.statusLabel}</span>
        </h2>
        <span className={`sla sla-${row.sla.level}`} title={`时限 ${dateTime(row.sla.due)}`}>{SLA_LABEL[row.sla.level]} · 已等待 {waited(row.waitingSince)}</span>
        <span className="spacer" />
        <span className="mono muted">{order._id}</span>
      </div>
      <div className="claim-bar">
        {detail.claim ? (
          mine ? (
            <span id="claim-state">已由我领取，至 {time(detail.claim.expiresAt)}（操作即续期）</span>
          ) : (
            <span id="claim-state" className="warn-text">正由 {detail.claim.username} 审核（至 {time(detail.claim.expiresAt)}）</span>
          )
        ) : (
          <span id="claim-state" className="muted">{detail.tab ? '未领取' : '该订单不在审核队列中'}</span>
        )}
        {detail.tab && !mine && (!detail.claim || detail.claim.expiresAt < Date.now()) && <button id="claim" onClick={claim}>领取 (C)</button>}
        {mine && <button className="secondary" onClick={async () => (await review('release', { orderId }), load())}>放弃领取</button>}
        {me.role === 'supervisor' && detail.tab && (
          <span className="reassign">
            <select id="reassign-to" value={reassignTo} onChange={(e) => setReassignTo(e.target.value)}>
              <option value="">改派给…</option>
              {reviewers.map((r) => (
                <option key={r.username} value={r.username}>{r.username}</option>
              ))}
            </select>
            <button className="secondary" disabled={!reassignTo} onClick={async () => {
              const r = await review('reassign', { orderId, username: reassignTo })
              if (!r.ok) setError(r.error.message)
              else setInfo(`已改派给 ${reassignTo}`)
              await load()
            }}>改派</button>
          </span>
        )}
        {busy && <span className="muted">处理中…</span>}
        {info && <span className="ok-text">{info}</span>}
      </div>
      {error && <div className="error" role="alert">{error}</div>}
      {order.feedback && (
        <div className="feedback">
          上次审核意见（{dateTime(order.feedback.at)}）：{order.feedback.reasons.map((r) => `${r.code ? `[${r.code}] ` : ''}${r.message}`).join('；')}{order.feedback.note ? `；${order.feedback.note}` : ''}
        </div>
      )}
      <div className="detail-body">
        <OrderSections detail={detail} ticks={ticks} onTick={tick} />
        <DecisionPanel detail={detail} ticks={ticks} setTicks={setTicks} catalogue={catalogue} mine={mine} act={act} />
      </div>
      <footer className="muted small shortcuts">快捷键：C 领取 · A 通过 · M 待完善资料 · R 驳回 · S 提交管局 · V 短信核验完成 · 图片中 +/− 缩放、[ ] 旋转 · Esc 返回</footer>
    </main>
  )
}
