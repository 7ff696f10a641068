import { z } from 'zod'

/**
 * The `ocr` cloud function: read a card photo the caller uploaded, check every
 * value read with the domain rules, compare it with what the person entered.
 */
export const CARD_KINDS = ['RESIDENT_ID_FRONT', 'RESIDENT_ID_BACK', 'BUSINESS_LICENSE'] as const
export type CardKind = (typeof CARD_KINDS)[number]

export const CARD_KIND_LABELS: Record<CardKind, string> = {
  RESIDENT_ID_FRONT: '身份证人像面',
  RESIDENT_ID_BACK: '身份证国徽面',
  BUSINESS_LICENSE: '营业执照'
}

/** Every field a card can carry (local-api.md fixes the names). Dates are YYYY-MM-DD; validTo may be LONG_TERM. */
export const CARD_FIELDS = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'address',
  'idNumber',
  'authority',
  'validFrom',
  'validTo',
  'creditCode',
  'companyName',
  'legalRepresentative',
  'companyType'
] as const
export type CardField = (typeof CARD_FIELDS)[number]
export type CardFields = Partial<Record<CardField, string>>

export const CARD_FIELD_LABELS: Record<CardField, string> = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  address: '住址',
  idNumber: '公民身份号码',
  authority: '签发机关',
  validFrom: '有效期起始',
  validTo: '有效期截止',
  creditCode: '统一社会信用代码',
  companyName: '名称',
  legalRepresentative: '法定代表人',
  companyType: '类型'
}

const text = z.string().trim().max(200)
const enteredSchema = z.object(Object.fromEntries(CARD_FIELDS.map((f) => [f, text.optional()])) as Record<CardField, z.ZodOptional<typeof text>>).strict()

export const recognizeInput = z
  .object({
    kind: z.enum(CARD_KINDS, { message: '请选择证件类型（身份证人像面、国徽面或营业执照）' }),
    fileID: z.string().min(1, '请先上传图片').max(300),
    /** What the person has entered so far: read values are compared, never written over them. */
    entered: enteredSchema.optional(),
    /** Filing province (two digits): its validity window applies. */
    province: z.string().regex(/^\d{2}$/, '省份代码应为两位数字').optional()
  })
  .strict()
export type RecognizeInput = z.infer<typeof recognizeInput>

/** A value read that breaks a rule (check digit, dates, validity). */
export interface FieldProblem {
  field: CardField
  code: string
  message: string
}

/** A value read that differs from what the person entered. */
export interface FieldMismatch {
  field: CardField
  read: string
  entered: string
  message: string
}

export interface RecognizeResult {
  kind: CardKind
  /** Which engine read it: local (PaddleOCR), wechat, tencent. */
  engine: string
  fields: CardFields
  /** 0–1 per field read; null where the provider gives no score. */
  confidence: Partial<Record<CardField, number | null>>
  problems: FieldProblem[]
  mismatches: FieldMismatch[]
}
