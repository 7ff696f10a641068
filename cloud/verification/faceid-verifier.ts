import { readFileBytes } from '../storage/file-access'
import { RECOGNITION_TIMEOUT_MS } from '../kernel/outbound'
import { type Tc3Config, TencentCloudError, callTencentCloud } from '../tencent/tc3-client'
import type { AuthenticityVerifier, VerificationOutcome } from './verifier'

/** Similarity (0–100) from which FaceID counts the photo as the certificate holder. */
export const FACEID_PASS_SIMILARITY = 70

/**
 * Production 真实性核验 with Tencent Cloud FaceID 照片人脸核身 (`ImageRecognition`):
 * the photo is compared with the public-security photo of the named resident ID.
 * The seeds' photo rules (white background …) run first, locally; only a photo
 * that passes them is sent.
 */
export function faceIdVerifier(cfg: Omit<Tc3Config, 'service' | 'version'>, photoRules: AuthenticityVerifier): AuthenticityVerifier {
  return {
    async verify(fileID, person) {
      const local = await photoRules.verify(fileID, person)
      if (!local.passed) return local
      if (!person?.name || !person.idNumber) return { passed: false, problems: ['请先填写网站负责人的姓名和身份证号码，再进行核验'] }
      let res: { Sim: number; Result: string; Description: string }
      try {
        res = await callTencentCloud(
          { ...cfg, service: 'faceid', version: '2018-03-01', timeoutMs: RECOGNITION_TIMEOUT_MS },
          'ImageRecognition',
          { IdCard: person.idNumber, Name: person.name, ImageBase64: (await readFileBytes(fileID)).toString('base64') }
        )
      } catch (e) {
        const code = e instanceof TencentCloudError ? e.code : ''
        return { passed: false, problems: [code.startsWith('FailedOperation') ? '未能识别照片中的人脸，请正对镜头重新拍摄' : '核验服务暂时不可用，请稍后重试'] }
      }
      const outcome: VerificationOutcome =
        res.Result === 'Success' && res.Sim >= FACEID_PASS_SIMILARITY
          ? { passed: true, problems: [] }
          : { passed: false, problems: ['照片与网站负责人身份证信息不一致，请由网站负责人本人拍摄'] }
      return outcome
    }
  }
}
