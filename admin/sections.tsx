import { useState, type ReactNode } from 'react'
import { normalizeMobile } from '../domain/rules/contact'
import { CONTENT_TYPES, LANGUAGES, PRE_APPROVAL_TYPES, SERVICE_TYPES } from '../types/website-options'
import { ACTOR_LABEL, EVENT_LABELS, certificateLabel, dateTime, statusLabel } from './format'
import { ImageViewer, Thumb } from './image-viewer'
import { CardChecks } from './card-checks'
import type { Detail, Principal } from './types'

/** The Chinese label of a coded value (value lists may hold labels or objects with one). */
const label = (list: Record<string, unknown>, code: string): string => {
  const v = list[code]
  return typeof v === 'string' ? v : v && typeof v === 'object' && 'label' in v ? String((v as { label: unknown }).label) : code
}

/** Ticked fields (待完善资料 / 驳回): field path → the message the applicant will read. */
export type Ticks = Map<string, string>

function Field({ label, value, field, ticks, onTick, full }: { label: string; value: ReactNode; field?: string; ticks: Ticks; onTick: (field: string, label: string) => void; full?: boolean }) {
  const ticked = !!field && ticks.has(field)
  return (
    <div className={`field${ticked ? ' ticked' : ''}${full ? ' full' : ''}`}>
      <label className="field-label">
        {field && <input type="checkbox" aria-label={`标记：${label}`} data-field={field} checked={ticked} onChange={() => onTick(field, label)} />}
        {label}
      </label>
      <div className="field-value">{value === undefined || value === null || value === '' ? <span className="muted">未填写</span> : value}</div>
    </div>
  )
}

function PrincipalFields({ p, base, who, ticks, onTick, proven }: { p: Principal | undefined; base: string; who: string; ticks: Ticks; onTick: (f: string, l: string) => void; proven: readonly string[] }) {
  const verified = !!p?.mobile && proven.includes(normalizeMobile(p.mobile))
  const f = (k: keyof Principal, label: string, value?: ReactNode) => <Field key={k} label={`${who}${label}`} value={value ?? p?.[k]} field={`${base}.${k}`} ticks={ticks} onTick={onTick} />
  return (
    <>
      {f('name', '姓名')}
      {f('certificateType', '证件类型', certificateLabel(p?.certificateType))}
      {f('certificateNumber', '证件号码', <span className="mono">{p?.certificateNumber}</span>)}
      {p?.certificateType === 'HK_MACAO_PERMIT' && f('hkMacaoIdNumber', '港澳居民身份证号码', <span className="mono">{p?.hkMacaoIdNumber}</span>)}
      {f('certificateValidTo', '证件有效期', p?.certificateValidTo === 'LONG_TERM' ? '长期' : p?.certificateValidTo)}
      {f('mobile', '手机号码', <span className="mono">{p?.mobile}{verified && <span className="badge ok proven" title="申请人已用短信验证码验证本人持有该号码"> 已验证</span>}</span>)}
      {f('officePhone', '办公电话')}
      {f('emergencyPhone', '应急联系电话')}
      {f('email', '电子邮箱')}
    </>
  )
}

const MATERIAL_NAMES: Record<string, string> = {
  SUBJECT_CERTIFICATE: '主办单位证件', SUBJECT_PRINCIPAL_ID_FRONT: '主体负责人证件（人像面）', SUBJECT_PRINCIPAL_ID_BACK: '主体负责人证件（国徽面）',
  WEBSITE_PRINCIPAL_ID_FRONT: '网站负责人证件（人像面）', WEBSITE_PRINCIPAL_ID_BACK: '网站负责人证件（国徽面）', SUBJECT_PRINCIPAL_AUTH_LETTER: '主体负责人授权书',
  WEBSITE_PRINCIPAL_AUTH_LETTER: '网站负责人授权书', RESIDENCE_PROOF: '居住证或居住证明', PARTY_BUILDING_LETTER: '党建证明', COMMITMENT_LETTER: '互联网信息服务备案承诺书',
  DOMAIN_CERTIFICATE: '域名证书', CONSTRUCTION_PLAN: '网站建设方案书'
}

const materialName = (m: { kind: string; websiteId?: string }) => `${MATERIAL_NAMES[m.kind] ?? m.kind}${m.websiteId ? `（${m.websiteId}）` : ''}`

/** Everything the applicant entered, per section, each field tickable; images open in the viewer. */
export function OrderSections({ detail, ticks, onTick }: { detail: Detail; ticks: Ticks; onTick: (field: string, label: string) => void }) {
  const { order } = detail
  const [viewing, setViewing] = useState<{ fileID: string; label: string } | null>(null)
  const s = order.subject
  const sf = (k: keyof typeof s, label: string) => <Field label={label} value={s[k] as string | undefined} field={`subject.${k}`} ticks={ticks} onTick={onTick} />
  const materialKey = (m: { kind: string; websiteId?: string }) => `materials.${m.kind}${m.websiteId ? `.${m.websiteId}` : ''}`
  const missing = detail.requiredMaterials.filter((r) => !order.materials.some((m) => m.kind === r.kind && (m.websiteId ?? '') === (r.websiteId ?? '')))
  return (
    <div className="sections">
      {order.target && (
        <section id="section-target">
          <h3>办理对象（{detail.row.typeLabel}）</h3>
          <div className="fields">
            <Field label="主体备案号" value={order.target.subjectNumber} ticks={ticks} onTick={onTick} />
            {order.target.websiteNumbers.map((n) => <Field key={n} label="网站备案号" value={n} ticks={ticks} onTick={onTick} />)}
            {order.requestReason && <Field label="申请原因" value={order.requestReason} ticks={ticks} onTick={onTick} />}
          </div>
        </section>
      )}
      {detail.changes.length > 0 && (
        <section id="section-changes">
          <h3>变更内容（{detail.changes.length} 项，与已备案信息对比）</h3>
          <table className="changes">
            <thead><tr><th>项目</th><th>变更前</th><th>变更后</th></tr></thead>
            <tbody>
              {detail.changes.map((c) => (
                <tr key={c.path} data-path={c.path}><td>{c.label}</td><td className="before">{c.before}</td><td className="after">{c.after}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section id="section-subject">
        <h3>主体信息</h3>
        <div className="fields">
          <Field label="备案省份" value={detail.row.provinceName} ticks={ticks} onTick={onTick} />
          <Field label="主办单位性质" value={detail.row.hostNatureLabel} ticks={ticks} onTick={onTick} />
          <Field label="证件类型" value={certificateLabel(order.identity.certificateType)} ticks={ticks} onTick={onTick} />
          <Field label="证件号码" value={<span className="mono">{order.identity.certificateNumber}</span>} ticks={ticks} onTick={onTick} />
          {sf('name', '主办单位名称 / 姓名')}
          {sf('legalRepresentative', '法定代表人')}
          {sf('certificateAddress', '证件住所')}
          {sf('mailingAddress', '通信地址')}
          {sf('investor', '投资人或主管单位')}
          {sf('remark', '备注')}
          <PrincipalFields p={s.principal} base="subject.principal" who="主体负责人" ticks={ticks} onTick={onTick} proven={detail.provenPhones} />
        </div>
      </section>
      {order.websites.map((w) => {
        const wf = (k: string, label: string, value: ReactNode) => <Field key={k} label={label} value={value} field={`websites.${w.id}.${k}`} ticks={ticks} onTick={onTick} />
        return (
          <section key={w.id} id={`section-website-${w.id}`}>
            <h3>网站信息：{w.name || w.id}{w.websiteNumber ? `（${w.websiteNumber}）` : ''}</h3>
            <div className="fields">
              {wf('name', '网站名称', w.name)}
              {wf('domains', '网站域名', w.domains?.join('、'))}
              {wf('ipRanges', 'IP 地址', w.ipRanges?.map((r) => (r.start === r.end ? r.start : `${r.start} – ${r.end}`)).join('、'))}
              {wf('serviceType', '服务类型', w.serviceType && label(SERVICE_TYPES, w.serviceType))}
              {wf('contentTypes', '服务内容', w.contentTypes?.map((c) => label(CONTENT_TYPES, c)).join('、'))}
              {wf('languages', '网站语言', w.languages?.map((l) => label(LANGUAGES, l)).join('、'))}
              {wf('preApprovals', '前置审批', w.preApprovals?.length ? w.preApprovals.map((p) => `${label(PRE_APPROVAL_TYPES, p.type)} ${p.number}`).join('；') : '以上都不涉及')}
              {wf('remark', '备注', w.remark)}
              {w.principal === 'SAME_AS_SUBJECT' || !w.principal ? (
                <Field label="网站负责人" value="同主体负责人" ticks={ticks} onTick={onTick} />
              ) : (
                <PrincipalFields p={w.principal} base={`websites.${w.id}.principal`} who="网站负责人" ticks={ticks} onTick={onTick} proven={detail.provenPhones} />
              )}
            </div>
          </section>
        )
      })}
      <section id="section-materials">
        <h3>上传资料与真实性核验</h3>
        <div className="thumbs">
          {order.materials.map((m) => {
            const label = materialName(m)
            const check = detail.cardChecks.find((c) => c.fileID === m.fileID)
            return (
              <div key={m.fileID} className={`material${ticks.has(materialKey(m)) ? ' ticked' : ''}`}>
                <Thumb orderId={order._id} fileID={m.fileID} label={label} onOpen={() => setViewing({ fileID: m.fileID, label })} />
                {check && check.differences > 0 && <div className="warn-text small">识别结果有 {check.differences} 项与填写不一致</div>}
                <label><input type="checkbox" data-field={materialKey(m)} checked={ticks.has(materialKey(m))} onChange={() => onTick(materialKey(m), label)} /> 需重新上传</label>
              </div>
            )
          })}
          {order.verification && (
            <div className={`material${ticks.has('verification') ? ' ticked' : ''}`}>
              <Thumb orderId={order._id} fileID={order.verification.fileID} label="真实性核验照片" onOpen={() => setViewing({ fileID: order.verification!.fileID, label: '真实性核验照片' })} />
              <label><input type="checkbox" data-field="verification" checked={ticks.has('verification')} onChange={() => onTick('verification', '真实性核验照片')} /> 需重新核验</label>
              <div className={order.verification.status === 'PASSED' ? 'ok-text' : 'error'}>{order.verification.status === 'PASSED' ? '核验通过' : `核验未通过：${order.verification.problems.join('；')}`}</div>
            </div>
          )}
        </div>
        <CardChecks checks={detail.cardChecks} nameOf={(c) => materialName({ kind: c.materialKind, websiteId: c.websiteId })}
          onOpen={(c) => setViewing({ fileID: c.fileID, label: materialName({ kind: c.materialKind, websiteId: c.websiteId }) })} />
        {missing.length > 0 && (
          <ul className="missing">
            {missing.map((m) => (
              <li key={`${m.kind}${m.websiteId ?? ''}`}>
                <label><input type="checkbox" data-field={materialKey(m)} checked={ticks.has(materialKey(m))} onChange={() => onTick(materialKey(m), m.label)} /> 未上传：{m.label}（{m.reason}）</label>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section id="section-findings">
        <h3>规则预检 <span className="muted">（{detail.findings.length ? `${detail.findings.length} 项问题` : '未发现问题'}）</span></h3>
        {detail.findings.length > 0 && (
          <ul className="findings">
            {detail.findings.map((f, i) => (
              <li key={i}>
                <span className="code">{f.code}</span> {f.message}
                {f.field && (
                  <button className="link" onClick={() => onTick(f.field!, f.message)}>{ticks.has(f.field) ? '已标记' : '标记该字段'}</button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section id="section-existing">
        <h3>主体已有备案与订单</h3>
        {detail.existing.subject ? (
          <p>主体备案号 <strong>{String(detail.existing.subject.subjectNumber ?? '')}</strong>{detail.existing.subject.shell ? '（空壳主体）' : ''}</p>
        ) : (
          <p className="muted">管局备案库中没有该主体的备案。</p>
        )}
        {detail.existing.websites.length > 0 && (
          <table className="grid small">
            <thead><tr><th>网站备案号</th><th>网站名称</th><th>域名</th><th>本接入商</th></tr></thead>
            <tbody>
              {detail.existing.websites.map((w) => (
                <tr key={String(w.websiteNumber)}><td>{String(w.websiteNumber)}</td><td>{String(w.name ?? '')}</td><td>{(w.domains as string[] | undefined)?.join('、')}</td><td>{w.ours ? '是' : '否'}</td></tr>
              ))}
            </tbody>
          </table>
        )}
        {detail.existing.orders.length > 0 && (
          <table className="grid small">
            <thead><tr><th>历史订单</th><th>类型</th><th>状态</th><th>创建时间</th></tr></thead>
            <tbody>
              {detail.existing.orders.map((o) => (
                <tr key={o._id}><td className="mono">{o._id}</td><td>{o.typeLabel}</td><td>{o.statusLabel}</td><td>{dateTime(o.createdAt)}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section id="section-timeline">
        <h3>事件时间线</h3>
        <ol className="timeline">
          {[...order.events].reverse().map((e) => (
            <li key={e.version}>
              <span className="when">{dateTime(e.at)}</span>
              <strong>{EVENT_LABELS[e.type] ?? e.type}</strong>
              <span className="muted"> · {ACTOR_LABEL(e.actor)}{e.from !== e.to ? ` · ${statusLabel(e.from ?? '')} → ${statusLabel(e.to)}` : ''}</span>
              {e.reason && <div className="reason">{e.reason}</div>}
              {e.changes && e.changes.length > 0 && <div className="muted small">修改了 {e.changes.length} 处：{e.changes.slice(0, 6).map((c) => c.path).join('、')}{e.changes.length > 6 ? ' …' : ''}</div>}
            </li>
          ))}
        </ol>
        {detail.recentViews.length > 0 && <p className="muted small">查看记录：{detail.recentViews.slice(0, 5).map((v) => `${v.username} ${dateTime(v.at)}`).join('；')}</p>}
      </section>
      {viewing && <ImageViewer orderId={order._id} fileID={viewing.fileID} label={viewing.label} onClose={() => setViewing(null)} />}
    </div>
  )
}
