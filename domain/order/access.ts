import type { Order } from '../../types/order'
import type { OrderCommandType } from './commands'

/** What a 真实性核验-only delegate may do. */
const VERIFY_SCOPE: readonly OrderCommandType[] = ['RecordVerification']

/**
 * Whether an applicant may see and act on an order: its owner always; someone
 * the owner handed it to by QR code within the scope of that handoff. Anyone
 * else is told the order does not exist.
 */
export function applicantMay(order: Order, openid: string, command: OrderCommandType | 'View'): boolean {
  if (order.ownerOpenid === openid) return true
  const delegate = order.delegates?.find((d) => d.openid === openid)
  if (!delegate) return false
  if (delegate.scope === 'CONTINUE') return command !== 'Abandon'
  return command === 'View' || VERIFY_SCOPE.includes(command)
}
