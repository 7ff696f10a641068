import {
  abandonOrder,
  confirmOrder,
  createOrder,
  getOrder,
  listFilings,
  listOrders,
  resubmitOrder,
  saveMaterials,
  saveSubject,
  saveVerification,
  saveWebsites,
  submitOrder,
  withdrawOrder
} from './order-actions'
import { verifyType } from './verify-type'
import { acceptUpload, fileUrl, uploadSlot } from '../storage/file-actions'
import { listResources } from './resource-actions'
import { createHandoff, redeemHandoff } from '../handoff/handoff-actions'
import { startOperation } from '../operations/operation-actions'
import { acceptTransfer, cancelTransfer, offerTransfer } from '../operations/transfer-actions'

/** The actions of the `filing` cloud function: the applicant's side of a filing. */
export const filingActions = {
  verifyType,
  createOrder,
  getOrder,
  listOrders,
  listFilings,
  saveSubject,
  saveWebsites,
  saveMaterials,
  saveVerification,
  submitOrder,
  withdrawOrder,
  abandonOrder,
  resubmitOrder,
  confirmOrder,
  listResources,
  createHandoff,
  redeemHandoff,
  startOperation,
  offerTransfer,
  cancelTransfer,
  acceptTransfer,
  fileUrl,
  uploadSlot,
  acceptUpload
}
