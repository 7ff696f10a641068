/**
 * Cloud function `ocr` — reads ID cards and business licences the applicant
 * uploaded and checks what was read. Built by `npm run build:functions` into
 * ./index.js (exports.main).
 */
import { defineFunction } from '../../cloud/kernel/define-function'
import { ocrActions } from '../../cloud/ocr/actions'

export const main = defineFunction('ocr', ocrActions)
