import type { MaterialRef, SubjectDraft, WebsiteDraft } from '../../types/order'
import type { OrderSummary, OrderView } from '../../cloud/orders/order-view'
import type { Result } from '../../types/result'
import { callFunction } from './cloud'

export type { OrderSummary, OrderView }

/** A subject in 我的备案, and whether operations on it can start now. */
export interface FiledSubject {
  subjectNumber: string
  name?: string
  hostNature: string | null
  filedWithUs: boolean
  /** Why no operation can start now (e.g. an order in progress), or null. */
  blockedBecause: string | null
  cancelSubjectBlockedBecause: string | null
  websites: Array<{ websiteNumber: string; name?: string; domains: string[]; accessedByUs: boolean; shell: boolean }>
}

export type FilingOperation = 'CHANGE_SUBJECT' | 'CHANGE_WEBSITE' | 'CHANGE_BOTH' | 'CANCEL_ACCESS' | 'CANCEL_WEBSITE' | 'CANCEL_SUBJECT'

export interface AvailableResource {
  kind: 'SERVER' | 'AUTH_CODE'
  ip: string
  description?: string
}

/** The applicant's order actions of the `filing` function, typed. */
const filing = <T>(action: string, args: Record<string, unknown> = {}): Promise<Result<T>> => callFunction<T>('filing', { action, ...args })

export const ordersApi = {
  list: () => filing<OrderSummary[]>('listOrders'),
  filings: () => filing<FiledSubject[]>('listFilings'),
  resources: () => filing<AvailableResource[]>('listResources'),
  create: (input: Record<string, unknown>) => filing<OrderView>('createOrder', input),
  get: (orderId: string) => filing<OrderView>('getOrder', { orderId }),
  saveSubject: (orderId: string, subject: SubjectDraft) => filing<OrderView>('saveSubject', { orderId, subject }),
  saveWebsites: (orderId: string, websites: WebsiteDraft[]) => filing<OrderView>('saveWebsites', { orderId, websites }),
  saveMaterials: (orderId: string, materials: Array<Omit<MaterialRef, 'uploadedAt'>>) => filing<OrderView>('saveMaterials', { orderId, materials }),
  saveVerification: (orderId: string, fileID: string) => filing<OrderView>('saveVerification', { orderId, fileID }),
  submit: (orderId: string) => filing<OrderView>('submitOrder', { orderId, agreementsAccepted: true }),
  resubmit: (orderId: string) => filing<OrderView>('resubmitOrder', { orderId }),
  withdraw: (orderId: string, reason?: string) => filing<OrderView>('withdrawOrder', { orderId, reason }),
  abandon: (orderId: string, reason?: string) => filing<OrderView>('abandonOrder', { orderId, reason }),
  createHandoff: (orderId: string, step: string) => filing<{ scene: string; expiresAt: string; qrImage: string; link: string }>('createHandoff', { orderId, step }),
  redeemHandoff: (scene: string) => filing<{ orderId: string; step: string }>('redeemHandoff', { scene }),
  confirm: (orderId: string) => filing<OrderView>('confirmOrder', { orderId }),
  startOperation: (input: { operation: FilingOperation; subjectNumber: string; websiteNumbers?: string[]; reason?: string; confirmed?: boolean }) =>
    filing<OrderView>('startOperation', input),
  offerTransfer: (subjectNumber: string) => filing<{ transferId: string; code: string; expiresAt: string }>('offerTransfer', { subjectNumber }),
  cancelTransfer: (transferId: string) => filing<{ transferId: string }>('cancelTransfer', { transferId }),
  acceptTransfer: (code: string) => filing<{ subjectNumber: string; name: string; websites: string[] }>('acceptTransfer', { code, confirmed: true })
}
