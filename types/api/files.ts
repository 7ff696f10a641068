import { z } from 'zod'
import { UPLOAD_PURPOSES } from '../../domain/rules/image-quality'
import { fileId, orderId } from './orders'

/**
 * The applicant's file actions of the `filing` function: a short-lived URL of
 * a private file, and (mini-program) the intake of a file uploaded straight to
 * cloud storage.
 */
export const fileUrlInput = z
  .object({
    fileID: fileId,
    /** A file on this order (e.g. uploaded by someone the owner handed the order to). */
    orderId: orderId.optional()
  })
  .strict()

export const uploadSlotInput = z.object({ ext: z.enum(['jpg', 'png'], { error: '只能上传 JPG 或 PNG 图片' }) }).strict()

export const acceptUploadInput = z
  .object({
    fileID: fileId,
    purpose: z.enum(UPLOAD_PURPOSES as [string, ...string[]], { error: `purpose 只能是 ${UPLOAD_PURPOSES.join('、')}` }).default('ANY')
  })
  .strict()
