import type { CardFields, CardKind } from '../../types/api/ocr'
import type { OrderIdentity, PrincipalDraft, SubjectDraft, WebsiteDraft } from '../../types/order'

/**
 * Which card a material is, and what the person entered for it — the values
 * OCR is compared with, the same in the wizard (as the person types) and on
 * the reviewer's page (what was submitted).
 */
export const CARD_OF_MATERIAL: Record<string, CardKind> = {
  SUBJECT_CERTIFICATE: 'BUSINESS_LICENSE',
  SUBJECT_PRINCIPAL_ID_FRONT: 'RESIDENT_ID_FRONT',
  SUBJECT_PRINCIPAL_ID_BACK: 'RESIDENT_ID_BACK',
  WEBSITE_PRINCIPAL_ID_FRONT: 'RESIDENT_ID_FRONT',
  WEBSITE_PRINCIPAL_ID_BACK: 'RESIDENT_ID_BACK'
}

export interface CardEntries {
  card: CardKind
  entered: CardFields
  /** The person the card belongs to (ID cards): where read values go. */
  person?: PrincipalDraft
}

interface FormValues {
  identity: Pick<OrderIdentity, 'hostNature' | 'certificateType' | 'certificateNumber'>
  subject: SubjectDraft
  websites: WebsiteDraft[]
}

/** The person a material's ID card belongs to: the 主体负责人, or a website's own 负责人. */
export function personOfMaterial(form: FormValues, kind: string, websiteId?: string): PrincipalDraft | undefined {
  if (!kind.startsWith('WEBSITE_')) return form.subject.principal
  const site = websiteId ? form.websites.find((w) => w.id === websiteId) : undefined
  return site && site.principal && site.principal !== 'SAME_AS_SUBJECT' ? site.principal : form.subject.principal
}

/** null when the material is not a card OCR reads (or a licence on a non-licence subject). */
export function enteredForMaterial(form: FormValues, kind: string, websiteId?: string): CardEntries | null {
  const card = CARD_OF_MATERIAL[kind]
  if (!card) return null
  const { identity, subject } = form
  if (card === 'BUSINESS_LICENSE') {
    if (identity.certificateType !== 'BUSINESS_LICENSE' && identity.certificateType !== 'USCC') return null
    return { card, entered: { creditCode: identity.certificateNumber, companyName: subject.name, legalRepresentative: subject.legalRepresentative, address: subject.certificateAddress } }
  }
  const person = personOfMaterial(form, kind, websiteId)
  const ownAddress = identity.hostNature === 'PERSONAL' && !kind.startsWith('WEBSITE_')
  const entered: CardFields =
    card === 'RESIDENT_ID_FRONT'
      ? { name: person?.name, idNumber: person?.certificateNumber, ...(ownAddress ? { address: subject.certificateAddress } : {}) }
      : { validTo: person?.certificateValidTo }
  return { card, entered, person }
}
