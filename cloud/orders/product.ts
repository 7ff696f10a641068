import type { ProductRecord } from '../../types/order'
import { AppFailure } from '../../types/result'
import { type FilingResource, resourceProblem } from '../../domain/rules/product'
import { firstRow } from '../kernel/query'
import type { Database } from '../kernel/wx'

export type ProductInput = { kind: 'SERVER_IP'; ip: string } | { kind: 'AUTH_CODE'; code: string }

/**
 * Verifies the resource and reserves it atomically: a server's filing slot is
 * counted with a conditional increment, an authorisation code is consumed with
 * a conditional flag — two concurrent orders can never share the last slot.
 */
export async function reserveProduct(db: Database, openid: string, input: ProductInput, now: Date): Promise<ProductRecord> {
  const _ = db.command
  const field = input.kind === 'SERVER_IP' ? 'product.ip' : 'product.code'
  const resource =
    input.kind === 'SERVER_IP'
      ? await firstRow<FilingResource>(db.collection('resources').where({ kind: 'SERVER', ip: input.ip }))
      : await firstRow<FilingResource>(db.collection('resources').where({ kind: 'AUTH_CODE', _id: input.code }))
  if (!resource)
    throw new AppFailure(
      input.kind === 'SERVER_IP'
        ? { code: 'PRODUCT.NOT_FOUND', message: '暂无可用资源：没有找到该公网 IP 的可备案服务器', field }
        : { code: 'PRODUCT.AUTH_CODE_INVALID', message: '备案授权码无效，请核对后重新输入', field }
    )
  const problem = resourceProblem(resource, openid, now)
  if (problem) throw new AppFailure({ ...problem, field })
  const reserved = (await (input.kind === 'SERVER_IP'
    ? db.collection('resources').where({ _id: resource._id, filingsUsed: _.lt(resource.maxFilings) }).update({ data: { filingsUsed: _.inc(1) } })
    : db.collection('resources').where({ _id: resource._id, used: false }).update({ data: { used: true, usedBy: openid, usedAt: now.toISOString() } }))) as { stats: { updated: number } }
  if (reserved.stats.updated !== 1)
    throw new AppFailure(
      input.kind === 'SERVER_IP'
        ? { code: 'PRODUCT.SLOTS_USED', message: '用于备案的资源已达最大使用次数', field }
        : { code: 'PRODUCT.AUTH_CODE_USED', message: '备案授权码无效：该授权码已被使用', field }
    )
  return { kind: input.kind, ip: resource.ip, resourceId: resource._id }
}

/** Gives a reservation back when the order could not be created after all. */
export async function releaseProduct(db: Database, openid: string, product: ProductRecord): Promise<void> {
  const _ = db.command
  if (product.kind === 'SERVER_IP') await db.collection('resources').where({ _id: product.resourceId, filingsUsed: _.gt(0) }).update({ data: { filingsUsed: _.inc(-1) } })
  else await db.collection('resources').where({ _id: product.resourceId, used: true, usedBy: openid }).update({ data: { used: false, usedBy: null, usedAt: null } })
}
