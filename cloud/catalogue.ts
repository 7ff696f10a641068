import { filingActions } from './filing/actions'

/** Every deployable cloud function and its actions: the source of docs/api.md. */
export const FUNCTION_CATALOGUE = {
  filing: { description: '申请人的备案操作（验证备案类型；订单操作随后续版本加入）', actions: filingActions }
}
