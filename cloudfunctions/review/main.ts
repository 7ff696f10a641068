/**
 * Cloud function `review` — the reviewers' side (备案审核工作台). Reached over
 * 云开发 HTTP access with the reviewer's bearer token (locally the runtime
 * forwards the admin page's request the same way). Built into ./index.js.
 */
import { defineFunction } from '../../cloud/kernel/define-function'
import { serveHttpAccess } from '../../cloud/kernel/http-access'
import { reviewActions } from '../../cloud/review/actions'
import { receiveReviewRequest } from '../../cloud/review/receive'

export const main = serveHttpAccess(defineFunction('review', reviewActions, { receive: receiveReviewRequest }))
