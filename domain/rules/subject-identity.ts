import { CERTIFICATE_LABELS, type CertificateType } from '../../types/certificate'
import { HOST_NATURE_INFO, type HostNature, isCertificateAllowed } from '../../types/host-nature'
import { provinceByCode } from '../../types/province'
import { provinceRules } from '../province-rules'
import { checkCertificateNumber } from './certificate-number'
import { usccRegionPrefix } from './credit-code'
import { type Checked, passed, violated } from './violation'

export interface SubjectIdentityInput {
  province: string
  hostNature: HostNature
  certificateType: CertificateType
  certificateNumber: string
}

/**
 * The subject's identity as type verification needs it: certificate allowed for
 * the nature (§4.10), number well formed (§4.3–4.5), and for units the filing
 * province equal to the certificate's registration province (§3.1, §4.17).
 */
export function checkSubjectIdentity(input: SubjectIdentityInput, today: string): Checked<string> {
  const nature = HOST_NATURE_INFO[input.hostNature]
  if (!isCertificateAllowed(input.hostNature, input.certificateType)) {
    const allowed = nature.certificates.map((c) => c.type)
    return violated(
      'CERTIFICATE.TYPE_NOT_ALLOWED',
      `主办单位性质为“${nature.label}”时，证件类型只能选择：${allowed.map((t) => labelOf(t)).join('、')}`,
      'certificateType'
    )
  }
  const number = checkCertificateNumber(input.certificateType, input.certificateNumber, today)
  if (!number.ok) return number
  if (input.hostNature === 'PERSONAL' && input.certificateType === 'RESIDENT_ID') {
    const home = provinceByCode(number.value.slice(0, 2))
    if (home && home.code !== input.province && provinceRules(input.province).crossProvincePersonal === 'FORBIDDEN') {
      const here = provinceByCode(input.province)!.name
      return violated(
        'CERTIFICATE.CROSS_PROVINCE_FORBIDDEN',
        `${here}管局不接受外省身份证办理个人备案：您的身份证签发地为${home.name}，请选择${home.name}备案`,
        'province'
      )
    }
  }
  if (input.hostNature !== 'PERSONAL' && number.value.length === 18) {
    const region = usccRegionPrefix(number.value)
    const registered = provinceByCode(region)
    if (registered && region !== input.province)
      return violated(
        'CERTIFICATE.PROVINCE_MISMATCH',
        `单位备案须选择证件登记地省份：该证件登记地为${registered.name}，请将备案省份选为${registered.name}`,
        'province'
      )
  }
  return passed(number.value)
}

const labelOf = (t: CertificateType) => CERTIFICATE_LABELS[t]
