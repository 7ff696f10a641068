import { AppFailure } from '../../types/result'
import { readFileBytes } from '../storage/file-access'
import { wxCloud } from '../kernel/wx'
import type { Order } from '../../types/order'

const filesOf = (o: Order) => new Set([...o.materials.map((m) => m.fileID), ...(o.verification ? [o.verification.fileID] : []), ...o.websites.flatMap((w) => (w.preApprovals ?? []).flatMap((p) => (p.fileID ? [p.fileID] : [])))])

/**
 * An image of the order for the reviewer's viewer: locally the bytes as a
 * data URL (the runtime's file store), in WeChat cloud a temporary download
 * URL of cloud storage. Only files that belong to the order are served.
 */
export async function materialImage(order: Order, fileID: string): Promise<{ fileID: string; url: string }> {
  if (!filesOf(order).has(fileID)) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '该文件不属于此订单', field: 'fileID' })
  if (process.env.ICP_LOCAL_FILES_DIR) {
    const bytes = await readFileBytes(fileID)
    const type = bytes[0] === 0x89 ? 'image/png' : 'image/jpeg'
    return { fileID, url: `data:${type};base64,${bytes.toString('base64')}` }
  }
  const res = (await wxCloud().getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ fileID: string; tempFileURL: string; status: number }> }
  const hit = res.fileList?.[0]
  if (!hit || hit.status !== 0) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在或已过期' })
  return { fileID, url: hit.tempFileURL }
}
