import { verifyTypeInput } from '../../../types/api/filing'
import { CERTIFICATE_LABELS, type CertificateType } from '../../../types/certificate'
import { HOST_NATURES, HOST_NATURE_INFO, type HostNature } from '../../../types/host-nature'
import { PROVINCES } from '../../../types/province'
import { parseFilingDomain } from '../../../domain/rules/domain-name'
import { checkSubjectIdentity } from '../../../domain/rules/subject-identity'
import { chinaDate } from '../../../domain/time'

export type Field = 'province' | 'hostNature' | 'certificateType' | 'certificateNumber' | 'domain'
export const FIELDS: Field[] = ['province', 'hostNature', 'certificateType', 'certificateNumber', 'domain']

export interface VerifyTypeForm {
  province: string
  hostNature: string
  certificateType: string
  certificateNumber: string
  domain: string
}

export const emptyForm: VerifyTypeForm = { province: '', hostNature: '', certificateType: '', certificateNumber: '', domain: '' }

export const provinceOptions = PROVINCES.map((p) => ({ value: p.code, label: p.name }))
export const hostNatureOptions = HOST_NATURES.map((n) => ({ value: n, label: HOST_NATURE_INFO[n].label }))
export const certificateOptions = (nature: string) =>
  nature ? HOST_NATURE_INFO[nature as HostNature].certificates.map((c) => ({ value: c.type, label: CERTIFICATE_LABELS[c.type] })) : []

/** Picking a nature preselects its most common certificate type. */
export function withHostNature(form: VerifyTypeForm, nature: string): VerifyTypeForm {
  const allowed = certificateOptions(nature).map((o) => o.value)
  return { ...form, hostNature: nature, certificateType: allowed.includes(form.certificateType as CertificateType) ? form.certificateType : (allowed[0] ?? '') }
}

/**
 * Field-by-field feedback as the person types, from the same rules the cloud
 * function enforces. Submission is checked with the shared zod schema itself.
 */
export function fieldErrors(form: VerifyTypeForm, now = new Date()): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {}
  if (!form.province) errors.province = '请选择备案省份'
  if (!form.hostNature) errors.hostNature = '请选择主办单位性质'
  if (!form.certificateType) errors.certificateType = '请选择证件类型'
  if (!form.certificateNumber.trim()) errors.certificateNumber = '请填写证件号码'
  else if (form.hostNature && form.certificateType) {
    const identity = checkSubjectIdentity(
      {
        province: form.province,
        hostNature: form.hostNature as HostNature,
        certificateType: form.certificateType as CertificateType,
        certificateNumber: form.certificateNumber
      },
      chinaDate(now)
    )
    if (!identity.ok && identity.violation.field) errors[identity.violation.field as Field] ??= identity.violation.message
  }
  const domain = parseFilingDomain(form.domain)
  if (!domain.ok) errors.domain = domain.violation.message
  return errors
}

/** The submission check: exactly what the `filing` function will accept. */
export const checkSubmission = (form: VerifyTypeForm) => verifyTypeInput.safeParse(form)
