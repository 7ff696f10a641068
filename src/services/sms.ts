import type { Result } from '../../types/result'
import { callFunction } from './cloud'

/** The applicant's view of the 工信部短信核验 step (the `sms` function's smsStatus). */
export interface SmsStatus {
  orderId: string
  status: string
  statusLabel: string
  required: boolean
  sandbox: boolean
  round: null | {
    roundId: string
    mode: 'SANDBOX' | 'TRACKING'
    status: 'OPEN' | 'COMPLETED' | 'RETURNED' | 'CLOSED'
    openedAt: string
    deadline: string
    closedAt: string | null
    closeReason: string | null
    wrongEntriesLeft: number
    verifyUrl: string
    resendUrl: string
    phones: Array<{ phone: string; roles: string[]; names: string[]; verified: boolean; verifiedAt: string | null; resendsLeft: number }>
  }
}

/** The `sms` cloud function, typed. */
export const smsApi = {
  sendCode: (phone: string) => callFunction<{ phone: string; expiresAt: string; resendAt: string; ttlMinutes: number }>('sms', { action: 'sendCode', phone, purpose: 'CONTACT_VERIFY' }),
  verifyCode: (phone: string, code: string) => callFunction<{ verified: boolean }>('sms', { action: 'verifyCode', phone, purpose: 'CONTACT_VERIFY', code }),
  provenPhones: () => callFunction<{ phones: string[] }>('sms', { action: 'provenPhones' }),
  status: (orderId: string): Promise<Result<SmsStatus>> => callFunction<SmsStatus>('sms', { action: 'smsStatus', orderId }),
  subscribeTemplates: () => callFunction<{ templateIds: string[] }>('sms', { action: 'subscribeTemplates' }),
  recordSubscriptions: (accepted: string[]) => callFunction<{ recorded: string[] }>('sms', { action: 'recordSubscriptions', accepted })
}
