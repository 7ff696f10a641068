import QRCode from 'qrcode'
import { wxCloud } from '../kernel/wx'

/** The page a handoff QR opens, in both the mini-program and the H5 build. */
export const HANDOFF_PAGE = 'packages/filing/handoff/index'

/**
 * Renders the code a person scans to open `HANDOFF_PAGE` with a scene.
 * Production: the mini-program code from `wxacode.getUnlimited` (scanned with
 * WeChat). Local: a plain QR code of the H5 link to the same page.
 */
export interface MiniProgramCodeRenderer {
  render(scene: string): Promise<{ image: string; link: string }>
}

export const localCodeRenderer = (publicUrl: string): MiniProgramCodeRenderer => ({
  async render(scene) {
    const link = `${publicUrl.replace(/\/$/, '')}/#/${HANDOFF_PAGE}?scene=${encodeURIComponent(scene)}`
    return { image: await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 360 }), link }
  }
})

export const wechatCodeRenderer = (envVersion: 'release' | 'trial' | 'develop' = 'release'): MiniProgramCodeRenderer => ({
  async render(scene) {
    const res = (await wxCloud().openapi.wxacode.getUnlimited({ scene, page: HANDOFF_PAGE, checkPath: false, envVersion, width: 430 })) as {
      buffer: Buffer
      contentType?: string
    }
    return { image: `data:${res.contentType ?? 'image/jpeg'};base64,${Buffer.from(res.buffer).toString('base64')}`, link: '' }
  }
})

/** Local runtime when it says where the H5 pages are; WeChat otherwise. */
export const codeRenderer = (): MiniProgramCodeRenderer =>
  process.env.ICP_PUBLIC_URL
    ? localCodeRenderer(process.env.ICP_PUBLIC_URL)
    : wechatCodeRenderer((process.env.ICP_MINIPROGRAM_VERSION as 'release' | 'trial' | 'develop' | undefined) ?? 'release')
