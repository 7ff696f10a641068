import type { Order } from '../../types/order'
import { FINISHED_ORDER_STATUSES } from '../../types/order-status'

type Slim = Pick<Order, 'ownerOpenid' | 'certificateKey' | 'status'>

export const isOpen = (o: Pick<Order, 'status'>) => !FINISHED_ORDER_STATUSES.includes(o.status)

/**
 * One open order per account and one per certificate (spec §3.6, B01/B06):
 * which of the two an intended new order would break, if any.
 */
export function openOrderConflict(orders: readonly Slim[], openid: string, certificateKey: string): 'ACCOUNT' | 'CERTIFICATE' | null {
  const open = orders.filter(isOpen)
  if (open.some((o) => o.ownerOpenid === openid)) return 'ACCOUNT'
  if (open.some((o) => o.certificateKey === certificateKey)) return 'CERTIFICATE'
  return null
}
