import { AppFailure } from '../../types/result'
import { wxCloud } from '../kernel/wx'
import type { OcrEngine } from './engine'
import { fromWechat } from './provider-fields'
import { RECOGNITION_TIMEOUT_MS, outboundSignal } from '../kernel/outbound'

/**
 * Production OCR through WeChat's 服务端 OCR: `openapi.ocr.idcard` (type
 * photo) and `openapi.ocr.businessLicense`. Inside a cloud function the call
 * goes through cloud.openapi (permissions in cloudfunctions/ocr/config.json,
 * no access token); elsewhere, or against a stand-in, over the HTTPS API
 * (`/cv/ocr/idcard`, `/cv/ocr/bizlicense`) with an access token.
 */
export interface WechatOcrApi {
  idcard(image: Buffer): Promise<Record<string, unknown>>
  businessLicense(image: Buffer): Promise<Record<string, unknown>>
}

const contentType = (b: Buffer) => (b[0] === 0x89 ? 'image/png' : 'image/jpeg')

export const cloudOpenApi: WechatOcrApi = {
  idcard: (image) => wxCloud().openapi.ocr.idcard({ type: 'photo', img: { contentType: contentType(image), value: image } }) as Promise<Record<string, unknown>>,
  businessLicense: (image) => wxCloud().openapi.ocr.businessLicense({ img: { contentType: contentType(image), value: image } }) as Promise<Record<string, unknown>>
}

/** The HTTPS form of the same API: `base` is https://api.weixin.qq.com (or a stand-in). */
export function httpsOpenApi(base: string, appId: string, appSecret: string): WechatOcrApi {
  let token: { value: string; until: number } | null = null
  const accessToken = async () => {
    if (token && token.until > Date.now()) return token.value
    const res = (await (await fetch(`${base}/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}`, { signal: outboundSignal() })).json()) as {
      access_token?: string
      expires_in?: number
      errcode?: number
    }
    if (!res.access_token) throw Object.assign(new Error('access token refused'), { errCode: res.errcode ?? -1 })
    token = { value: res.access_token, until: Date.now() + ((res.expires_in ?? 7200) - 300) * 1000 }
    return token.value
  }
  const post = async (path: string, image: Buffer) => {
    const form = new FormData()
    form.append('img', new Blob([new Uint8Array(image)], { type: contentType(image) }), 'card.jpg')
    const res = (await (await fetch(`${base}${path}${path.includes('?') ? '&' : '?'}access_token=${await accessToken()}`, { method: 'POST', body: form, signal: outboundSignal(RECOGNITION_TIMEOUT_MS) })).json()) as Record<string, unknown>
    if (res.errcode) throw Object.assign(new Error(String(res.errmsg)), { errCode: res.errcode })
    return res
  }
  return { idcard: (image) => post('/cv/ocr/idcard?type=photo', image), businessLicense: (image) => post('/cv/ocr/bizlicense', image) }
}

/** WeChat's "could not recognise" answers (101000 invalid image, 101001 no card found, 101002 not enough to read). */
const NOT_RECOGNIZED = new Set([101000, 101001, 101002])

export function wechatEngine(api: WechatOcrApi = cloudOpenApi): OcrEngine {
  return {
    name: 'wechat',
    async read(kind, image) {
      let res: Record<string, unknown>
      try {
        res = kind === 'BUSINESS_LICENSE' ? await api.businessLicense(image) : await api.idcard(image)
      } catch (e) {
        if (NOT_RECOGNIZED.has(Number((e as { errCode?: number }).errCode)))
          throw new AppFailure({ code: 'OCR.NOT_RECOGNIZED', message: '未能识别证件，请拍摄清晰、完整、无反光的证件原件照片', field: 'fileID' })
        throw new AppFailure({ code: 'OCR.UNAVAILABLE', message: '识别服务暂时不可用，请稍后重试或手动填写' })
      }
      // The ID API reads whichever side it is given: the wrong side is an error the person can fix.
      const side = String(res.type ?? '')
      if (kind === 'RESIDENT_ID_FRONT' && side === 'Back') throw new AppFailure({ code: 'OCR.WRONG_SIDE', message: '这是身份证国徽面，请上传人像面', field: 'fileID' })
      if (kind === 'RESIDENT_ID_BACK' && side === 'Front') throw new AppFailure({ code: 'OCR.WRONG_SIDE', message: '这是身份证人像面，请上传国徽面', field: 'fileID' })
      return fromWechat(kind, res)
    }
  }
}
