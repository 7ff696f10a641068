import type { CardFields, FieldProblem } from '../../types/api/ocr'
import { checkResidentIdNumber } from './resident-id'
import { isValidUscc } from './credit-code'

/**
 * Checks of values read from a card (spec §4.3, §4.5, §5.3): the ID number's
 * check digit and birth date, the birth date and gender printed beside it, the
 * credit code's check character, and validity — not expired, not ending
 * within the province's window. Pure: `today` is given.
 */
const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d.toISOString().slice(0, 10)
}

export function cardFieldProblems(f: CardFields, today: string, minValidityMonths: number): FieldProblem[] {
  const out: FieldProblem[] = []
  const add = (field: FieldProblem['field'], code: string, message: string) => out.push({ field, code, message })
  if (f.idNumber) {
    const id = checkResidentIdNumber(f.idNumber, today)
    if (!id.ok) {
      if (id.problem === 'CHECKSUM') add('idNumber', 'OCR.ID_CHECKSUM', '识别出的身份证号码校验位不正确，请检查号码的正确性')
      else if (id.problem === 'BIRTH_DATE') add('idNumber', 'OCR.ID_BIRTH_DATE', '识别出的身份证号码中的出生日期无效，请检查号码的正确性')
      else add('idNumber', 'OCR.ID_SHAPE', '未能完整识别 18 位身份证号码，请检查号码的正确性')
    } else {
      if (f.birthDate && f.birthDate !== id.facts.birthDate)
        add('birthDate', 'OCR.BIRTH_MISMATCH', `出生日期 ${f.birthDate} 与身份证号码中的 ${id.facts.birthDate} 不一致，请检查`)
      const gender = id.facts.gender === 'M' ? '男' : '女'
      if (f.gender && f.gender !== gender) add('gender', 'OCR.GENDER_MISMATCH', `性别“${f.gender}”与身份证号码不一致，请检查`)
    }
  }
  if (f.creditCode && !isValidUscc(f.creditCode))
    add('creditCode', 'OCR.CREDIT_CODE_CHECKSUM', '识别出的统一社会信用代码校验位不正确，请检查代码的正确性')
  if (f.validFrom && f.validTo && f.validTo !== 'LONG_TERM' && f.validTo < f.validFrom)
    add('validTo', 'OCR.VALIDITY_ORDER', '有效期截止日期早于起始日期，请检查')
  if (f.validFrom && f.validFrom > today) add('validFrom', 'OCR.VALID_FROM_FUTURE', '有效期起始日期晚于今天，请检查')
  if (f.validTo && f.validTo !== 'LONG_TERM') {
    if (f.validTo < today) add('validTo', 'OCR.EXPIRED', '证件已过期，请使用有效证件')
    else if (f.validTo < addMonths(today, minValidityMonths))
      add('validTo', 'OCR.EXPIRING', `证件有效期不足 ${minValidityMonths} 个月，请先更换证件`)
  }
  return out
}
