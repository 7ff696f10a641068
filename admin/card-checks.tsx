import { dateTime } from './format'
import type { CardCheck } from './types'

const ENGINE_LABEL: Record<string, string> = { local: '本地识别', wechat: '微信 OCR', tencent: '腾讯云 OCR' }

/** 证件识别核对: per ID card / licence, what OCR read against what the applicant entered; differences highlighted. */
export function CardChecks({ checks, nameOf, onOpen }: { checks: CardCheck[]; nameOf: (c: CardCheck) => string; onOpen: (c: CardCheck) => void }) {
  if (!checks.length) return null
  return (
    <div className="card-checks" id="card-checks">
      <h4>证件识别核对</h4>
      {checks.map((c) => (
        <div key={c.fileID} className={`card-check${c.differences ? ' has-differences' : ''}`} data-material={`${c.materialKind}${c.websiteId ? `.${c.websiteId}` : ''}`}>
          <div className="card-check-head">
            <button className="link" onClick={() => onOpen(c)}>{nameOf(c)}</button>
            {c.status === 'NOT_READ' ? (
              <span className="muted"> · 未识别（上传后没有识别结果，请人工核对图片）</span>
            ) : (
              <>
                <span className={c.differences ? 'badge badge-warn' : 'badge badge-ok'}>{c.differences ? `${c.differences} 项与填写不一致` : '与填写一致'}</span>
                <span className="muted small"> {ENGINE_LABEL[c.engine ?? ''] ?? c.engine} · {c.readAt ? dateTime(c.readAt) : ''}</span>
              </>
            )}
          </div>
          {c.rows.length > 0 && (
            <table className="changes ocr-compare">
              <thead><tr><th>项目</th><th>证件识别</th><th>申请人填写</th><th /></tr></thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={r.field} data-field={r.field} className={r.differs ? 'differs' : ''}>
                    <td>{r.label}</td>
                    <td className="mono">{r.read}</td>
                    <td className="mono">{r.entered === undefined ? <span className="muted">（表单无此项）</span> : r.entered || <span className="muted">未填写</span>}</td>
                    <td>{r.differs ? <strong className="warn-text">不一致</strong> : r.entered ? <span className="ok-text">一致</span> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {c.problems.length > 0 && (
            <ul className="findings">
              {c.problems.map((p) => <li key={p.code + p.field}><span className="code">{p.code}</span> {p.message}</li>)}
            </ul>
          )}
        </div>
      ))}
    </div>
  )
}
