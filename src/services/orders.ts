import type { MaterialRef, SubjectDraft, WebsiteDraft } from '../../types/order'
import type { OrderSummary, OrderView } from '../../cloud/orders/order-view'
import type { Result } from '../../types/result'
import { callFunction } from './cloud'

export type { OrderSummary, OrderView }

export interface FiledSubject {
  subjectNumber: string
  name?: string
  websites: Array<{ websiteNumber: string; name?: string; domains: string[] }>
}

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
  redeemHandoff: (scene: string) => filing<{ orderId: string; step: string }>('redeemHandoff', { scene })
}
