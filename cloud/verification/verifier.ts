import { verificationPhotoProblems } from '../../domain/rules/verification-photo'
import { readFileBytes } from '../storage/file-access'
import { measurePhoto } from './photo-stats'

export interface VerificationOutcome {
  passed: boolean
  problems: string[]
}

/**
 * 真实性核验 port. Local: the photo rules measured on the uploaded photo.
 * Production: WeChat face verification / Tencent Cloud FaceID (its own adapter,
 * chosen by ICP_VERIFIER); both answer the same way.
 */
export interface AuthenticityVerifier {
  verify(fileID: string): Promise<VerificationOutcome>
}

export const localPhotoVerifier: AuthenticityVerifier = {
  async verify(fileID) {
    let stats
    try {
      stats = await measurePhoto(await readFileBytes(fileID))
    } catch {
      return { passed: false, problems: ['无法读取照片，请重新拍摄上传'] }
    }
    const problems = verificationPhotoProblems(stats)
    return { passed: problems.length === 0, problems }
  }
}
