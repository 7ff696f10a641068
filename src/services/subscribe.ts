import Taro from '@tarojs/taro'
import { smsApi } from './sms'

/** Template ids to ask for, loaded ahead: WeChat only shows the consent dialog from a tap handler, before any await. */
let templateIds: string[] = []
export async function preloadSubscribeTemplates(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  const res = await smsApi.subscribeTemplates()
  if (res.ok) templateIds = res.data.templateIds
}

/**
 * Asks for subscribe messages (审核结果, 短信核验, 进度提醒) at submission, in
 * the mini-program only (H5: nothing to ask), and records what the person
 * allowed. Never blocks or fails the submission.
 */
export function requestSubscriptions(): void {
  if (process.env.TARO_ENV !== 'weapp' || !templateIds.length) return
  Taro.requestSubscribeMessage({ tmplIds: templateIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])
    .then((res) => {
      const accepted = templateIds.filter((id) => (res as unknown as Record<string, string>)[id] === 'accept')
      if (accepted.length) void smsApi.recordSubscriptions(accepted)
    })
    .catch(() => undefined)
}
