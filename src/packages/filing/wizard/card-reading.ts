import type { CardFields, CardKind, FieldMismatch, FieldProblem, RecognizeResult } from '../../../../types/api/ocr'
import type { PrincipalDraft, SubjectDraft, WebsiteDraft } from '../../../../types/order'
import type { OrderView } from '../../../services/orders'
import { callFunction } from '../../../services/cloud'
import { CARD_OF_MATERIAL, enteredForMaterial } from '../../../../domain/rules/card-entered'

/**
 * OCR after a card upload: which card a material is, what the person has
 * entered for it, and how the read values fill the form. Only empty fields are
 * filled (and named, so the person checks them); a value that differs from
 * what was typed is flagged by the ocr function, never written over.
 */
export { CARD_OF_MATERIAL }

export interface CardReadingState {
  reading?: boolean
  filled: string[]
  /** Path of the first field filled (to open it for checking). */
  firstFilled?: string
  mismatches: FieldMismatch[]
  problems: FieldProblem[]
  error?: string
}

/** The drafts with empty fields filled; the labels of what was filled, and each filled field's path → value (to highlight it until edited). */
interface Filled {
  subject: SubjectDraft
  websites: WebsiteDraft[]
  filled: string[]
  marks: Record<string, string>
}

interface Target {
  entered: CardFields
  /** The drafts with the empty fields filled, and the labels of what was filled. */
  fill(read: CardFields): Filled
}

export function cardTarget(order: OrderView, subject: SubjectDraft, websites: WebsiteDraft[], kind: string, websiteId?: string): Target | null {
  const entries = enteredForMaterial({ identity: order.identity, subject, websites }, kind, websiteId)
  if (!entries) return null
  const { card, entered } = entries
  if (card === 'BUSINESS_LICENSE') {
    return {
      entered,
      fill(read) {
        const next = { ...subject }
        const filled: string[] = []
        const marks: Record<string, string> = {}
        const put = (key: 'name' | 'legalRepresentative' | 'certificateAddress', value: string | undefined, label: string) => {
          if (next[key] || !value) return
          next[key] = value
          filled.push(label)
          marks[`subject.${key}`] = value
        }
        put('name', read.companyName, '主办单位名称')
        put('legalRepresentative', read.legalRepresentative, '法定代表人')
        put('certificateAddress', read.address, '证件住所')
        return { subject: next, websites, filled, marks }
      }
    }
  }
  const personal = order.identity.hostNature === 'PERSONAL'
  const site = websiteId ? websites.find((w) => w.id === websiteId) : undefined
  const forWebsite = kind.startsWith('WEBSITE_')
  const person: PrincipalDraft | undefined = entries.person
  return {
    entered,
    fill(read) {
      const p: PrincipalDraft = { ...(person ?? {}) }
      const filled: string[] = []
      const marks: Record<string, string> = {}
      let nextSubject = { ...subject }
      const ownPrincipal = forWebsite && site && site.principal && site.principal !== 'SAME_AS_SUBJECT'
      const base = ownPrincipal ? `websites.${site.id}.principal` : 'subject.principal'
      const put = (key: 'name' | 'certificateNumber' | 'certificateValidTo', value: string | undefined, label: string) => {
        if (p[key] || !value) return
        p[key] = value
        filled.push(label)
        marks[`${base}.${key}`] = value
      }
      if (card === 'RESIDENT_ID_FRONT') {
        put('name', read.name, '姓名')
        if (!p.certificateNumber && read.idNumber) p.certificateType ??= 'RESIDENT_ID'
        put('certificateNumber', read.idNumber, '证件号码')
        // A personal filing's 主办者 is the person on the card.
        if (personal && !forWebsite && !nextSubject.name && read.name) {
          nextSubject.name = read.name
          filled.push('主办者姓名')
          marks['subject.name'] = read.name
        }
        if (personal && !forWebsite && !nextSubject.certificateAddress && read.address) {
          nextSubject.certificateAddress = read.address
          filled.push('证件住所')
          marks['subject.certificateAddress'] = read.address
        }
      } else put('certificateValidTo', read.validTo, '证件有效期')
      let nextWebsites = websites
      if (ownPrincipal) nextWebsites = websites.map((w) => (w.id === site.id ? { ...w, principal: p } : w))
      else nextSubject = { ...nextSubject, principal: p }
      return { subject: nextSubject, websites: nextWebsites, filled, marks }
    }
  }
}

export const recognizeCard = (kind: CardKind, fileID: string, entered: CardFields, province: string) => {
  const clean = Object.fromEntries(Object.entries(entered).filter(([, v]) => typeof v === 'string' && v.trim())) as CardFields
  return callFunction<RecognizeResult>('ocr', { action: 'recognize', kind, fileID, entered: clean, province })
}
