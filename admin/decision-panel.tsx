import { useEffect, useMemo, useState } from 'react'
import { review } from './api'
import { dateTime } from './format'
import type { CatalogueReason, Detail, Reason } from './types'
import type { Ticks } from './sections'

type Act = (action: string, event?: Record<string, unknown>, stay?: boolean) => Promise<boolean>

const PHONE_LABELS: Record<string, string> = { mobile: '手机', officePhone: '办公电话', emergencyPhone: '应急电话' }

/** The phones of the order a reviewer can call (回访), by field path. */
function phonesOf(detail: Detail): Array<{ field: string; label: string; number: string }> {
  const out: Array<{ field: string; label: string; number: string }> = []
  const add = (base: string, who: string, p?: Record<string, string | undefined>) => {
    for (const k of Object.keys(PHONE_LABELS)) if (p?.[k]) out.push({ field: `${base}.${k}`, label: `${who}${PHONE_LABELS[k]}`, number: p[k]! })
  }
  add('subject.principal', '主体负责人', detail.order.subject.principal as Record<string, string | undefined>)
  for (const w of detail.order.websites) if (w.principal && w.principal !== 'SAME_AS_SUBJECT') add(`websites.${w.id}.principal`, `${w.name || w.id} 网站负责人`, w.principal as Record<string, string | undefined>)
  return out
}

/**
 * The reviewer's decisions for the order's queue: 通过 / 待完善资料 / 驳回 in
 * 初审, the hand-off to the 管局 afterwards. Ticked fields travel with
 * 待完善资料 and 驳回 as reasons bound to their field.
 */
export function DecisionPanel({ detail, ticks, setTicks, catalogue, mine, act }: { detail: Detail; ticks: Ticks; setTicks: (t: Ticks) => void; catalogue: CatalogueReason[]; mine: boolean; act: Act }) {
  const [note, setNote] = useState('')
  const [codes, setCodes] = useState<string[]>([])
  const [search, setSearch] = useState('')
  const [callField, setCallField] = useState('')
  const [callNote, setCallNote] = useState('')
  const [numbers, setNumbers] = useState<Record<string, string>>({})
  const fields = useMemo(() => new Set(detail.reviewableFields.map((f) => f.field)), [detail])
  const phones = phonesOf(detail)
  useEffect(() => setCallField(phones[0]?.field ?? ''), [detail.order._id])

  const tickedReasons = (): Reason[] => [...ticks].map(([field, message]) => ({ field, message }))
  const catalogueReasons = (): Reason[] =>
    codes.map((code) => {
      const r = catalogue.find((c) => c.code === code)!
      return { code, message: r.reason, ...(r.field && fields.has(r.field) ? { field: r.field } : {}) }
    })
  const withNote = (e: Record<string, unknown>) => (note.trim() ? { ...e, note: note.trim() } : e)
  const clear = () => (setNote(''), setCodes([]), setTicks(new Map()))

  const tab = detail.tab
  const disabled = !mine
  const unreachableReady = (() => {
    const missed = (detail.order.calls ?? []).filter((c) => !c.answered).map((c) => Date.parse(c.at))
    return missed.length >= 2 && Math.max(...missed) - Math.min(...missed) >= 60 * 60_000
  })()

  const shown = catalogue.filter((c) => !search || c.reason.includes(search) || c.code.toLowerCase().includes(search.toLowerCase()))
  return (
    <aside className="decide">
      {!mine && <div className="notice">领取后才能操作</div>}
      {ticks.size > 0 && (
        <div className="block">
          <h4>已标记的字段（{ticks.size}）</h4>
          <ul className="ticked-list">
            {[...ticks].map(([field, message]) => (
              <li key={field}>
                <span className="ticked-label">{detail.reviewableFields.find((f) => f.field === field)?.label ?? field}</span>
                <input aria-label={`原因：${field}`} value={message} onChange={(e) => setTicks(new Map(ticks).set(field, e.target.value))} />
                <button className="link" onClick={() => { const t = new Map(ticks); t.delete(field); setTicks(t) }}>移除</button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(tab === 'INITIAL' || tab === 'RETURNED' || tab === 'REGULATOR' || tab === 'SMS') && (
        <div className="block">
          <h4>驳回原因目录</h4>
          <input id="reason-search" placeholder="搜索原因（如 电话、名称、R18）" value={search} onChange={(e) => setSearch(e.target.value)} />
          <div className="reasons">
            {shown.map((c) => (
              <label key={c.code} className={codes.includes(c.code) ? 'on' : ''}>
                <input type="checkbox" data-code={c.code} checked={codes.includes(c.code)} onChange={() => setCodes(codes.includes(c.code) ? codes.filter((x) => x !== c.code) : [...codes, c.code])} />
                <span className="code">{c.code}</span> {c.reason}
              </label>
            ))}
          </div>
        </div>
      )}
      {tab !== 'TO_SUBMIT' && tab !== null && (
        <div className="block">
          <label htmlFor="decision-note">说明（申请人可见）</label>
          <textarea id="decision-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder="补充说明，例如修改建议" />
        </div>
      )}
      <div className="buttons">
        {tab === 'INITIAL' && (
          <>
            <button id="approve" disabled={disabled} onClick={async () => (await act('approve', withNote({}))) && clear()} title="快捷键 A">通过 (A)</button>
            <button id="request-materials" className="warn" disabled={disabled || !ticks.size} onClick={async () => (await act('requestMaterials', withNote({ reasons: tickedReasons() }))) && clear()} title="快捷键 M">待完善资料 (M)</button>
            <button id="reject" className="danger" disabled={disabled || (!codes.length && !ticks.size)} onClick={async () => (await act('reject', withNote({ reasons: [...catalogueReasons(), ...tickedReasons()] }))) && clear()} title="快捷键 R">驳回 (R)</button>
          </>
        )}
        {tab === 'TO_SUBMIT' && <button id="submit-regulator" disabled={disabled} onClick={() => act('submitToRegulator')} title="快捷键 S">提交管局 (S)</button>}
        {tab === 'SMS' && (
          <>
            <button id="sms-completed" disabled={disabled} onClick={() => act('recordSmsCompleted')} title="快捷键 V">记录短信核验完成 (V)</button>
            <button className="warn" disabled={disabled || (!codes.length && !ticks.size && !note.trim())} onClick={() => act('recordReturned', withNote({ reasons: [...catalogueReasons(), ...tickedReasons(), ...(codes.length || ticks.size ? [] : [{ message: note.trim() }])] }))}>记录管局退回</button>
          </>
        )}
        {tab === 'RETURNED' && (
          <>
            <button id="resubmit-regulator" disabled={disabled} onClick={() => act('resubmitToRegulator')}>原样重新提交管局</button>
            <button className="danger" disabled={disabled || (!codes.length && !ticks.size)} onClick={async () => (await act('sendBackForModification', withNote({ reasons: [...catalogueReasons(), ...tickedReasons()] }))) && clear()}>退回申请人修改</button>
          </>
        )}
      </div>
      {tab === 'REGULATOR' && (
        <div className="block">
          <h4>记录工信部审核结果</h4>
          <label htmlFor="number-subject">主体备案号</label>
          <input id="number-subject" placeholder="如 京ICP备2026000001号" value={numbers.subject ?? ''} onChange={(e) => setNumbers({ ...numbers, subject: e.target.value })} />
          {detail.order.websites.map((w) => (
            <div key={w.id}>
              <label htmlFor={`number-${w.id}`}>网站备案号：{w.name || w.id}</label>
              <input id={`number-${w.id}`} placeholder="如 京ICP备2026000001号-1" value={numbers[w.id] ?? ''} onChange={(e) => setNumbers({ ...numbers, [w.id]: e.target.value })} />
            </div>
          ))}
          <div className="buttons">
            <button id="record-approval" disabled={disabled || !numbers.subject} onClick={() => act('recordRegulatorApproval', { filingNumbers: { subject: numbers.subject, websites: Object.fromEntries(detail.order.websites.map((w) => [w.id, numbers[w.id] ?? ''])) } })}>记录管局审核通过</button>
            <button className="danger" disabled={disabled || (!codes.length && !ticks.size && !note.trim())} onClick={() => act('recordRegulatorRejection', withNote({ reasons: [...catalogueReasons(), ...tickedReasons(), ...(codes.length || ticks.size ? [] : [{ message: note.trim() }])] }))}>记录管局驳回</button>
          </div>
        </div>
      )}
      <div className="block">
        <h4>回访记录</h4>
        {(detail.order.calls ?? []).length === 0 && <p className="muted small">尚无回访。首次未接通，约 1 小时后再拨；仍未接通可以“电话不通”（R18）驳回。</p>}
        <ul className="calls">
          {(detail.order.calls ?? []).map((c, i) => (
            <li key={i}>{dateTime(c.at)} {c.reviewer} 拨打 <span className="mono">{c.phone}</span>：{c.answered ? '已接通' : <span className="error-text">未接通</span>}{c.note ? `，${c.note}` : ''}</li>
          ))}
        </ul>
        {unreachableReady && <p className="small warn-text">已满足“电话不通”驳回条件。</p>}
        {phones.length > 0 && (
          <div className="call-form">
            <select id="call-phone" value={callField} onChange={(e) => setCallField(e.target.value)}>
              {phones.map((p) => (
                <option key={p.field} value={p.field}>{p.label} {p.number}</option>
              ))}
            </select>
            <input id="call-note" placeholder="通话记录" value={callNote} onChange={(e) => setCallNote(e.target.value)} />
            <button className="secondary" id="call-answered" disabled={disabled} onClick={async () => (await act('recordCall', { field: callField, answered: true, ...(callNote ? { note: callNote } : {}) }, true)) && setCallNote('')}>已接通</button>
            <button className="secondary" id="call-missed" disabled={disabled} onClick={async () => (await act('recordCall', { field: callField, answered: false, ...(callNote ? { note: callNote } : {}) }, true)) && setCallNote('')}>未接通</button>
          </div>
        )}
      </div>
    </aside>
  )
}

export async function loadCatalogue(): Promise<CatalogueReason[]> {
  const r = await review<{ reasons: CatalogueReason[] }>('catalogue')
  return r.ok ? r.data.reasons : []
}
