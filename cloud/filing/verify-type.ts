import { verifyTypeInput, type VerifyTypeResult } from '../../types/api/filing'
import { FILING_TYPE_EXPLANATIONS, FILING_TYPE_LABELS } from '../../types/filing-type'
import { AppFailure } from '../../types/result'
import { decideFilingType } from '../../domain/filing-type/decide-filing-type'
import { action, applicantOpenid } from '../kernel/define-function'
import { database } from '../kernel/wx'
import { gatherFilingTypeFacts } from '../registry/filing-type-sources'

/** 验证备案类型 (spec §3): validate, gather the facts, let the domain decide. */
export const verifyType = action({
  summary: '验证备案类型：根据省份、主办单位性质、证件和域名判断备案类型（首次备案、新增接入、新增网站、认领备案），或说明不能备案的原因和处理办法。',
  errors: {
    'DOMAIN.*': '域名格式、www.、子域名、后缀未获批复等（字段 domain）',
    'CERTIFICATE.*': '证件类型与主办单位性质不符、号码格式或校验位错误、单位证件登记地与备案省份不符',
    'FILING.OPEN_ORDER_EXISTS': 'B01 账号存在进行中的订单',
    'FILING.CERTIFICATE_ORDER_IN_PROGRESS': 'B06 此证件在其他账号存在进行中的订单',
    'FILING.CERTIFICATE_IN_OTHER_ACCOUNT': 'B07 主体已在其他账号备案',
    'FILING.PROVINCE_MISMATCH': 'B12 主体已在其他省份备案',
    'FILING.SUBJECT_MISMATCH': 'B13 主办单位性质或证件类型与工信部记录不符',
    'FILING.SUBJECT_PENDING_ELSEWHERE': 'B15 备案主办者冲突',
    'FILING.SHELL_SUBJECT': 'B14 空壳主体不能直接新增网站',
    'FILING.DOMAIN_FILED_CERTIFICATE_NOT': 'B09 域名已备案，证件未备案',
    'FILING.DOMAIN_CONFLICT': 'B10 域名已在其他主体下备案',
    'FILING.DOMAIN_ALREADY_ACCESSED': 'B11 域名已在本接入商备案（请办理变更备案）'
  },
  input: verifyTypeInput,
  async run(input, ctx): Promise<VerifyTypeResult> {
    const facts = await gatherFilingTypeFacts(database(), input, applicantOpenid(ctx))
    const decision = decideFilingType(input, facts)
    if (!decision.ok) throw new AppFailure(decision.violation)
    return {
      filingType: decision.filingType,
      filingTypeLabel: FILING_TYPE_LABELS[decision.filingType],
      explanation: FILING_TYPE_EXPLANATIONS[decision.filingType],
      domain: { ascii: input.domain.ascii, unicode: input.domain.unicode },
      certificateNumber: input.certificateNumber
    }
  }
})
