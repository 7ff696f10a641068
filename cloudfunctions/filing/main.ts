/**
 * Cloud function `filing` — the applicant's side of a filing.
 * Built by `npm run build:functions` into ./index.js (exports.main).
 */
import { defineFunction } from '../../cloud/kernel/define-function'
import { filingActions } from '../../cloud/filing/actions'

export const main = defineFunction('filing', filingActions)
