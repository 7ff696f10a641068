import { AppFailure } from '../../types/result'
import { RECOGNITION_TIMEOUT_MS } from '../kernel/outbound'
import { type Tc3Config, TencentCloudError, callTencentCloud } from '../tencent/tc3-client'
import type { OcrEngine } from './engine'
import { fromTencent } from './provider-fields'

/**
 * Production OCR through Tencent Cloud OCR (`IDCardOCR` with CardSide
 * FRONT/BACK, `BizLicenseOCR`), TC3-signed. The endpoint is configurable so
 * tests run it against a local stand-in of the API.
 */
export function tencentEngine(cfg: Omit<Tc3Config, 'service' | 'version'>): OcrEngine {
  const call = async (action: string, params: Record<string, unknown>) => {
    try {
      return await callTencentCloud<Record<string, string>>({ ...cfg, service: 'ocr', version: '2018-11-19', timeoutMs: RECOGNITION_TIMEOUT_MS }, action, params)
    } catch (e) {
      const code = e instanceof TencentCloudError ? e.code : ''
      if (code.startsWith('FailedOperation') || code.startsWith('InvalidParameter'))
        throw new AppFailure({ code: 'OCR.NOT_RECOGNIZED', message: '未能识别证件，请拍摄清晰、完整、无反光的证件原件照片', field: 'fileID' })
      throw new AppFailure({ code: 'OCR.UNAVAILABLE', message: '识别服务暂时不可用，请稍后重试或手动填写' })
    }
  }
  return {
    name: 'tencent',
    async read(kind, image) {
      const ImageBase64 = image.toString('base64')
      const res =
        kind === 'BUSINESS_LICENSE'
          ? await call('BizLicenseOCR', { ImageBase64 })
          : await call('IDCardOCR', { ImageBase64, CardSide: kind === 'RESIDENT_ID_FRONT' ? 'FRONT' : 'BACK' })
      return fromTencent(kind, res)
    }
  }
}
