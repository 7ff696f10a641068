import type { FilingType } from '../../types/filing-type'
import { HOST_NATURE_INFO } from '../../types/host-nature'
import { provinceByCode } from '../../types/province'
import type { VerifiedTypeInput } from '../../types/api/filing'
import type { RuleViolation } from '../rules/violation'
import type { FilingTypeFacts } from './facts'

export type FilingTypeDecision = { ok: true; filingType: FilingType } | { ok: false; violation: RuleViolation }

const block = (blocker: string, code: string, message: string, remedy: string, field?: string): FilingTypeDecision => ({
  ok: false,
  violation: { code, message, ...(field ? { field } : {}), detail: { blocker, remedy } }
})

/**
 * 验证备案类型: the pure decision of spec §3.2–3.4 over facts gathered from our
 * accounts, our orders and the regulator registry. Input format rules (B02–B05)
 * were already enforced by the input schema.
 */
export function decideFilingType(input: VerifiedTypeInput, facts: FilingTypeFacts): FilingTypeDecision {
  if (facts.accountHasOpenOrder)
    return block(
      'B01',
      'FILING.OPEN_ORDER_EXISTS',
      '存在正在备案中的订单，无法重复提交备案申请。',
      '请先在“我的备案”中继续完成正在进行的备案，或放弃该备案订单，然后再开始备案。'
    )
  if (facts.certificateHasOpenOrderInOtherAccount)
    return block(
      'B06',
      'FILING.CERTIFICATE_ORDER_IN_PROGRESS',
      '此证件存在进行中的订单：您填写的证件号码已在其他账号提交过备案申请，且备案订单还未完成。',
      '请登录提交该订单的账号，在“我的备案 > 历史订单”中放弃该订单后再试。',
      'certificateNumber'
    )
  if (facts.certificateFiledInOtherAccount)
    return block(
      'B07',
      'FILING.CERTIFICATE_IN_OTHER_ACCOUNT',
      '检测到您的证件已在其他账号下备案，一个主体只能在一个账号下备案。',
      '请使用原账号办理，或通过“转移备案”将备案转移到当前账号。',
      'certificateNumber'
    )
  if (facts.legacyRecordExists) return { ok: true, filingType: 'CLAIM' }

  const { subject: s, website: w } = facts
  if (s && s.province !== input.province) {
    const filed = provinceByCode(s.province)?.name ?? s.province
    return block(
      'B12',
      'FILING.PROVINCE_MISMATCH',
      `该主体已在${filed}备案，备案省份须与原备案一致。`,
      `请将备案省份选为${filed}；如需更换备案省份，须注销原备案后重新备案。`,
      'province'
    )
  }
  if (s && (s.hostNature !== input.hostNature || s.certificateType !== input.certificateType))
    return block(
      'B13',
      'FILING.SUBJECT_MISMATCH',
      `该证件在工信部的备案信息为“${HOST_NATURE_INFO[s.hostNature].label}”，主办单位性质和证件类型须与原备案一致。`,
      '请按原备案信息选择主办单位性质和证件类型。',
      'hostNature'
    )
  if (s?.pendingAtRegulatorElsewhere)
    return block(
      'B15',
      'FILING.SUBJECT_PENDING_ELSEWHERE',
      '备案主办者冲突：该主体在其他接入商有正在管局审核的备案申请。',
      '请等待该申请审核完成后再提交。'
    )
  if (!s && !w) return { ok: true, filingType: 'FIRST_FILING' }
  if (s && !w) {
    if (s.shell && !facts.shellSubjectMayAddSite)
      return block(
        'B14',
        'FILING.SHELL_SUBJECT',
        '该主体为空壳主体（名下网站已全部注销），所在省份不支持直接新增网站。',
        '请先到管局注销空壳主体，再重新办理首次备案。'
      )
    return { ok: true, filingType: s.ours ? 'ADD_SITE_OURS' : 'ADD_SITE_OTHER' }
  }
  if (!s && w)
    return block(
      'B09',
      'FILING.DOMAIN_FILED_CERTIFICATE_NOT',
      '域名已备案，证件未备案：该域名已在其他主体下备案。',
      '如域名为新购买，请原备案主体或域名持有者向原接入商或管局申请注销该网站备案；如主体更换过证件（如三证合一），请填写原备案使用的证件号码。',
      'domain'
    )
  const sameSubject =
    w!.subjectCertificateType === s!.certificateType && w!.subjectCertificateNumber === s!.certificateNumber
  if (!sameSubject)
    return block(
      'B10',
      'FILING.DOMAIN_CONFLICT',
      '域名冲突：该域名已在其他主体下备案。',
      '请更换一个未备案的域名，或联系该域名的备案主体处理。',
      'domain'
    )
  if (w!.ours)
    return block(
      'B11',
      'FILING.DOMAIN_ALREADY_ACCESSED',
      '对于已备案过的域名，不能重复提交备案申请：该网站已在本接入商备案。',
      '如需修改备案信息，请在“我的备案”中办理变更备案。',
      'domain'
    )
  return { ok: true, filingType: 'ADD_ACCESS' }
}
