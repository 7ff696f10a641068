import { filingActions } from './filing/actions'
import { reviewActions } from './review/actions'
import { smsActions } from './sms/actions'
import { ocrActions } from './ocr/actions'

/** Every deployable cloud function and its actions: the source of docs/api.md. */
export const FUNCTION_CATALOGUE = {
  filing: { description: '申请人的备案操作（验证备案类型；订单操作随后续版本加入）', actions: filingActions },
  review: { description: '备案专员的审核操作（初审队列、领取、决定、提交管局）；经云开发 HTTP 访问服务调用，Bearer token 由函数自行校验', actions: reviewActions },
  sms: { description: '手机号验证码、工信部短信核验状态、订阅消息授权；本地沙箱另有工信部短信核验/重发（也可经 POST /api/sandbox/miit/verify|resend 匿名调用）', actions: smsActions },
  ocr: { description: '证件识别：身份证人像面/国徽面、营业执照（本地 PaddleOCR；生产环境微信 OCR 或腾讯云 OCR），识别结果经规则校验并与已填写内容比对', actions: ocrActions }
}
