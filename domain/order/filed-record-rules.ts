import type { Order } from '../../types/order'
import { asciiDomain } from '../rules/domain-name'

/**
 * 新增接入 and 新增网站（原备案不在本接入商）: what the applicant enters must
 * equal the registry's record (spec §2.2, §7.3; seed ch. 2 "需与原备案信息一致"),
 * or the 管局 rejects it. Each difference is reported with the filed value and
 * the remedy (change it at the original provider first).
 */
export interface RecordProblem {
  code: string
  message: string
  step: 'subject' | 'websites'
  field: string
}

const REMEDY = '如原备案信息需要修改，请先在原接入商办理变更备案'

export function filedRecordProblems(order: Order): RecordProblem[] {
  const record = order.filedRecord
  if (!record) return []
  const out: RecordProblem[] = []
  const name = order.subject.name?.trim()
  if (name && record.subjectName && name !== record.subjectName)
    out.push({ code: 'RECORD.SUBJECT_NAME', step: 'subject', field: 'subject.name', message: `须与原备案信息一致：主办单位名称应为“${record.subjectName}”（主体备案号 ${record.subjectNumber}）。${REMEDY}` })
  if (order.type !== 'ADD_ACCESS') return out
  for (const filed of record.websites) {
    const site = order.websites.find((w) => w.websiteNumber === filed.websiteNumber)
    if (!site) {
      out.push({ code: 'RECORD.WEBSITE_MISSING', step: 'websites', field: 'websites', message: `新增接入须包含原备案的网站 ${filed.websiteNumber}（${filed.domains.join('、')}），网站信息与原备案一致` })
      continue
    }
    const at = (f: string) => `websites.${site.id}.${f}`
    if (filed.name && site.name?.trim() && site.name.trim() !== filed.name)
      out.push({ code: 'RECORD.WEBSITE_NAME', step: 'websites', field: at('name'), message: `须与原备案信息一致：网站名称应为“${filed.name}”（${filed.websiteNumber}）。${REMEDY}` })
    const entered = new Set((site.domains ?? []).filter(Boolean).map(asciiDomain))
    const missing = filed.domains.filter((d) => !entered.has(d))
    const extra = [...entered].filter((d) => !filed.domains.includes(d))
    if (missing.length || extra.length)
      out.push({
        code: 'RECORD.WEBSITE_DOMAINS',
        step: 'websites',
        field: at('domains'),
        message: `新增接入的网站域名须与原备案一致（${filed.websiteNumber}：${filed.domains.join('、')}）${missing.length ? `，缺少 ${missing.join('、')}` : ''}${extra.length ? `，多出 ${extra.join('、')}（新增域名请接入完成后办理新增网站或变更）` : ''}`
      })
  }
  return out
}
