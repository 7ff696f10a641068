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
  /** `person`: the 网站负责人 the photo must show (used by face comparison). */
  verify(fileID: string, person?: { name?: string; idNumber?: string }): Promise<VerificationOutcome>
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

/**
 * The verifier this deployment uses: ICP_VERIFIER=faceid with Tencent Cloud
 * credentials (TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, optional
 * ICP_FACEID_ENDPOINT) in production; the local photo rules otherwise.
 */
export async function configuredVerifier(env = process.env): Promise<AuthenticityVerifier> {
  if (env.ICP_VERIFIER !== 'faceid') return localPhotoVerifier
  const { faceIdVerifier } = await import('./faceid-verifier')
  return faceIdVerifier(
    {
      secretId: env.TENCENTCLOUD_SECRET_ID ?? '',
      secretKey: env.TENCENTCLOUD_SECRET_KEY ?? '',
      endpoint: env.ICP_FACEID_ENDPOINT ?? 'https://faceid.tencentcloudapi.com',
      region: env.TENCENTCLOUD_REGION ?? 'ap-guangzhou'
    },
    localPhotoVerifier
  )
}
