import { acceptUploadInput, fileUrlInput, uploadSlotInput } from '../../types/api/files'
import type { UploadPurpose } from '../../domain/rules/image-quality'
import { AppFailure } from '../../types/result'
import { action, applicantOpenid } from '../kernel/define-function'
import { database } from '../kernel/wx'
import { OrderRepository } from '../orders/order-repository'
import { acceptUpload as acceptCloudUpload, uploadSlot as slotFor } from './cloud-intake'
import { isOwnFile, orderFileIDs } from './file-access'
import { FILE_URL_TTL_SECONDS, temporaryFileUrl } from './file-urls'


export const fileUrl = action({
  summary: `本人文件的短时下载地址（${FILE_URL_TTL_SECONDS / 60} 分钟有效）：自己上传的文件，或自己可查看的订单（orderId）上的文件；其他人的文件一律“不存在”。`,
  errors: { 'FILE.NOT_FOUND': '文件不存在或不是本人的' },
  input: fileUrlInput,
  async run({ fileID, orderId }, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    let allowed = await isOwnFile(db, fileID, openid)
    if (!allowed && orderId) {
      const order = await new OrderRepository(db).getOwn(orderId, openid).catch(() => null)
      allowed = !!order && orderFileIDs(order).has(fileID)
    }
    if (!allowed) throw new AppFailure({ code: 'FILE.NOT_FOUND', message: '文件不存在或已过期', field: 'fileID' })
    return temporaryFileUrl(fileID, ctx.now)
  }
})

export const uploadSlot = action({
  summary: '小程序上传前：取得云存储上传路径（intake/<本人标记>/<随机名>），上传后调用 acceptUpload。',
  input: uploadSlotInput,
  run: async ({ ext }, ctx) => slotFor(applicantOpenid(ctx), ext)
})

export const acceptUpload = action({
  summary: '小程序上传后：对直传云存储的文件执行与 POST /api/files 相同的检查（真实解码、方向、去除 EXIF/GPS、质量规则），删除待检文件，合格的以随机名另存并归本人所有 → { fileID }；不合格返回具体原因（field: file, detail.problems）。',
  errors: { 'FILE.NOT_FOUND': '不是本人的上传路径或文件不存在', 'FILE.UNSUPPORTED_TYPE': '不是可识别的图片', 'FILE.CORRUPT': '图片不完整', 'IMAGE.*': '质量规则（尺寸、黑白、复印件、模糊、光线）' },
  input: acceptUploadInput,
  run: ({ fileID, purpose }, ctx) => acceptCloudUpload(database(), applicantOpenid(ctx), fileID, purpose as UploadPurpose, ctx.now)
})

