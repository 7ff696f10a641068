/**
 * Cloud function `sms` — phone ownership codes in the wizard, the applicant's
 * view of the 工信部短信核验 step, subscribe-message consent, and (locally
 * only) the sandbox MIIT site's 短信核验 and 短信重发.
 */
import { defineFunction } from '../../cloud/kernel/define-function'
import { smsActions } from '../../cloud/sms/actions'

export const main = defineFunction('sms', smsActions)
