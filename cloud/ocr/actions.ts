import { recognizeInput } from '../../types/api/ocr'
import { AppFailure } from '../../types/result'
import { action } from '../kernel/define-function'
import { database } from '../kernel/wx'
import { assertOwnFile, readFileBytes } from '../storage/file-access'
import { configuredEngine } from './configured-engine'
import { OcrUnavailable } from './engine'
import { judgeReading, recognizeCard } from './recognize'
import { loadReading, saveReading } from './readings'

export const recognize = action({
  summary: '识别证件照片（身份证人像面/国徽面、营业执照）：返回识别出的字段和置信度，规则校验问题（problems）及与已填写内容的差异（mismatches，不会覆盖已填写的内容）。识别结果按文件保存（ocr_results），同一文件再次调用不再识别，审核页据此对比识别结果与填写内容。',
  errors: {
    'FILE.NOT_FOUND': '文件不存在或不是本人上传的',
    'OCR.NOT_RECOGNIZED': '未能识别出证件信息',
    'OCR.WRONG_SIDE': '上传的是身份证的另一面',
    'OCR.UNAVAILABLE': '识别服务暂时不可用'
  },
  input: recognizeInput,
  async run(input, ctx) {
    if (ctx.caller.kind !== 'applicant') throw new AppFailure({ code: 'AUTH.FORBIDDEN', message: '只有申请人本人可以识别自己上传的证件' })
    const db = database()
    await assertOwnFile(db, input.fileID, ctx.caller.openid, 'fileID')
    // Read once per file: later calls (the person edited the form) only compare again.
    const stored = await loadReading(db, input.fileID, input.kind)
    if (stored) return judgeReading(stored, stored.engine, input, ctx.now)
    const image = await readFileBytes(input.fileID)
    try {
      const result = await recognizeCard(await configuredEngine(), image, input, ctx.now)
      await saveReading(db, { fileID: input.fileID, kind: input.kind, owner: ctx.caller.openid, engine: result.engine, fields: result.fields, confidence: result.confidence, readAt: ctx.now.toISOString() })
      return result
    } catch (e) {
      if (e instanceof OcrUnavailable) {
        console.error(`[ocr] ${e.message}`)
        throw new AppFailure({ code: 'OCR.UNAVAILABLE', message: '识别服务暂时不可用，请稍后重试或手动填写' })
      }
      throw e
    }
  }
})

export const ocrActions = { recognize }
