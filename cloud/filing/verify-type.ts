import { verifyTypeInput, type VerifyTypeResult } from '../../types/api/filing'
import { FILING_TYPE_EXPLANATIONS, FILING_TYPE_LABELS } from '../../types/filing-type'
import { AppFailure } from '../../types/result'
import { decideFilingType } from '../../domain/filing-type/decide-filing-type'
import { action } from '../kernel/define-function'
import { database } from '../kernel/wx'
import { gatherFilingTypeFacts } from '../registry/filing-type-sources'

/** 验证备案类型 (spec §3): validate, gather the facts, let the domain decide. */
export const verifyType = action({
  input: verifyTypeInput,
  async run(input, ctx): Promise<VerifyTypeResult> {
    if (ctx.caller.kind !== 'applicant') throw new AppFailure({ code: 'AUTH.REQUIRED', message: '请先登录' })
    const facts = await gatherFilingTypeFacts(database(), input, ctx.caller.openid)
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
