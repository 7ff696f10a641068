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
  confirmOrder
}
