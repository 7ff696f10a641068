import type { OcrEngine } from './engine'

/**
 * The engine this deployment uses (ICP_OCR_ENGINE): `local` (PaddleOCR, the
 * default under the local runtime), `wechat` (openapi.ocr.*, the default in
 * WeChat cloud; ICP_WECHAT_API_BASE + ICP_WECHAT_APPID/ICP_WECHAT_APPSECRET
 * use the HTTPS API instead of cloud.openapi) or `tencent` (Tencent Cloud OCR
 * with TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY, ICP_OCR_ENDPOINT,
 * TENCENTCLOUD_REGION).
 */
export async function configuredEngine(env = process.env): Promise<OcrEngine> {
  const choice = env.ICP_OCR_ENGINE ?? (env.ICP_LOCAL_FILES_DIR ? 'local' : 'wechat')
  if (choice === 'tencent') {
    const { tencentEngine } = await import('./tencent-engine')
    return tencentEngine({
      secretId: env.TENCENTCLOUD_SECRET_ID ?? '',
      secretKey: env.TENCENTCLOUD_SECRET_KEY ?? '',
      endpoint: env.ICP_OCR_ENDPOINT ?? 'https://ocr.tencentcloudapi.com',
      region: env.TENCENTCLOUD_REGION ?? 'ap-guangzhou'
    })
  }
  if (choice === 'wechat') {
    const { wechatEngine, httpsOpenApi, cloudOpenApi } = await import('./wechat-engine')
    return wechatEngine(env.ICP_WECHAT_API_BASE ? httpsOpenApi(env.ICP_WECHAT_API_BASE, env.ICP_WECHAT_APPID ?? '', env.ICP_WECHAT_APPSECRET ?? '') : cloudOpenApi)
  }
  const { paddleEngine } = await import('./paddle-engine')
  return paddleEngine
}
