import { verifyType } from './verify-type'

/** The actions of the `filing` cloud function. */
export const filingActions = { verifyType }
