import type { CardFields, CardKind, FieldMismatch, FieldProblem, RecognizeResult } from '../../../../types/api/ocr'
import type { PrincipalDraft, SubjectDraft, WebsiteDraft } from '../../../../types/order'
import type { OrderView } from '../../../services/orders'
import { callFunction } from '../../../services/cloud'

/**
 * OCR after a card upload: which card a material is, what the person has
 * entered for it, and how the read values fill the form. Only empty fields are
 * filled (and named, so the person checks them); a value that differs from
 * what was typed is flagged by the ocr function, never written over.
 */
export const CARD_OF_MATERIAL: Record<string, CardKind> = {
  SUBJECT_CERTIFICATE: 'BUSINESS_LICENSE',
  SUBJECT_PRINCIPAL_ID_FRONT: 'RESIDENT_ID_FRONT',
  SUBJECT_PRINCIPAL_ID_BACK: 'RESIDENT_ID_BACK',
  WEBSITE_PRINCIPAL_ID_FRONT: 'RESIDENT_ID_FRONT',
  WEBSITE_PRINCIPAL_ID_BACK: 'RESIDENT_ID_BACK'
}

export interface CardReadingState {
  reading?: boolean
  filled: string[]
  mismatches: FieldMismatch[]
  problems: FieldProblem[]
  error?: string
}

interface Target {
  entered: CardFields
  /** The drafts with the empty fields filled, and the labels of what was filled. */
  fill(read: CardFields): { subject: SubjectDraft; websites: WebsiteDraft[]; filled: string[] }
}

export function cardTarget(order: OrderView, subject: SubjectDraft, websites: WebsiteDraft[], kind: string, websiteId?: string): Target | null {
  const card = CARD_OF_MATERIAL[kind]
  if (!card) return null
  const personal = order.identity.hostNature === 'PERSONAL'
  if (card === 'BUSINESS_LICENSE') {
    if (order.identity.certificateType !== 'BUSINESS_LICENSE' && order.identity.certificateType !== 'USCC') return null
    return {
      entered: { creditCode: order.identity.certificateNumber, companyName: subject.name, legalRepresentative: subject.legalRepresentative, address: subject.certificateAddress },
      fill(read) {
        const next = { ...subject }
        const filled: string[] = []
        if (!next.name && read.companyName) (next.name = read.companyName), filled.push('主办单位名称')
        if (!next.legalRepresentative && read.legalRepresentative) (next.legalRepresentative = read.legalRepresentative), filled.push('法定代表人')
        if (!next.certificateAddress && read.address) (next.certificateAddress = read.address), filled.push('证件住所')
        return { subject: next, websites, filled }
      }
    }
  }
  const site = websiteId ? websites.find((w) => w.id === websiteId) : undefined
  const forWebsite = kind.startsWith('WEBSITE_')
  const person: PrincipalDraft | undefined = forWebsite ? (site && site.principal !== 'SAME_AS_SUBJECT' ? site.principal : subject.principal) : subject.principal
  const entered: CardFields =
    card === 'RESIDENT_ID_FRONT'
      ? { name: person?.name, idNumber: person?.certificateNumber, ...(personal && !forWebsite ? { address: subject.certificateAddress } : {}) }
      : { validTo: person?.certificateValidTo }
  return {
    entered,
    fill(read) {
      const p: PrincipalDraft = { ...(person ?? {}) }
      const filled: string[] = []
      let nextSubject = { ...subject }
      if (card === 'RESIDENT_ID_FRONT') {
        if (!p.name && read.name) (p.name = read.name), filled.push('姓名')
        if (!p.certificateNumber && read.idNumber) (p.certificateNumber = read.idNumber), (p.certificateType ??= 'RESIDENT_ID'), filled.push('证件号码')
        if (personal && !forWebsite && !nextSubject.certificateAddress && read.address) (nextSubject.certificateAddress = read.address), filled.push('证件住所')
      } else if (!p.certificateValidTo && read.validTo) (p.certificateValidTo = read.validTo), filled.push('证件有效期')
      let nextWebsites = websites
      if (forWebsite && site && site.principal !== 'SAME_AS_SUBJECT') nextWebsites = websites.map((w) => (w.id === site.id ? { ...w, principal: p } : w))
      else nextSubject = { ...nextSubject, principal: p }
      return { subject: nextSubject, websites: nextWebsites, filled }
    }
  }
}

export const recognizeCard = (kind: CardKind, fileID: string, entered: CardFields, province: string) => {
  const clean = Object.fromEntries(Object.entries(entered).filter(([, v]) => typeof v === 'string' && v.trim())) as CardFields
  return callFunction<RecognizeResult>('ocr', { action: 'recognize', kind, fileID, entered: clean, province })
}
