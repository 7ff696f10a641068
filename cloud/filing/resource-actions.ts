import { listOrdersInput } from '../../types/api/orders'
import { action, applicantOpenid } from '../kernel/define-function'
import { rows } from '../kernel/query'
import { database } from '../kernel/wx'

interface ResourceDoc {
  kind: 'SERVER' | 'AUTH_CODE'
  ip: string
  ownerOpenid: string | null
  region: string
  description?: string
}

export const listResources = action({
  summary: '产品验证可选的服务器：本账号的（及共享演示的）中国内地服务器公网 IP。授权码不列出。',
  input: listOrdersInput,
  async run(_input, ctx) {
    const openid = applicantOpenid(ctx)
    const db = database()
    const _ = db.command
    const found = await rows<ResourceDoc>(db.collection('resources').where({ kind: 'SERVER', region: 'MAINLAND', ownerOpenid: _.in([openid, null]) }).limit(50))
    return found.map((r) => ({ kind: r.kind, ip: r.ip, ...(r.description ? { description: r.description } : {}) }))
  }
})
