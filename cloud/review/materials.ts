import { AppFailure } from '../../types/result'
import type { Order } from '../../types/order'
import { orderFileIDs } from '../storage/file-access'
import { temporaryFileUrl } from '../storage/file-urls'

/**
 * An image of the order for the reviewer's viewer: a short-lived URL (locally
 * signed by the runtime, in WeChat cloud a temporary URL of cloud storage).
 * Only files that belong to the order are served.
 */
export async function materialImage(order: Order, fileID: string, now: Date): Promise<{ fileID: string; url: string; expiresAt: string }> {
  if (!orderFileIDs(order).has(fileID)) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '该文件不属于此订单', field: 'fileID' })
  return temporaryFileUrl(fileID, now)
}
