import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { type SmsStatus, smsApi } from '../../../services/sms'

const ROLE_LABELS: Record<string, string> = { SUBJECT_PRINCIPAL: '主体负责人', WEBSITE_PRINCIPAL: '网站负责人' }
const ROUND_LABELS: Record<string, string> = { OPEN: '待核验', COMPLETED: '核验完成', RETURNED: '已退回', CLOSED: '已结束' }

/** Opens the MIIT (or, locally, the sandbox MIIT) page: a link in H5, copied to the clipboard in WeChat. */
function openLink(url: string) {
  if (process.env.TARO_ENV === 'h5') window.open(url, '_blank', 'noopener')
  else void Taro.setClipboardData({ data: url }).then(() => Taro.showToast({ title: '链接已复制，请在浏览器中打开', icon: 'none' }))
}

/**
 * 工信部短信核验 on the order page, live: which phones must verify, which did,
 * the deadline, wrong entries and resends left, and the way to the
 * verification page. Refreshes every 10 s while the step is open.
 */
export default function SmsCard({ orderId, orderStatus, onSettled }: { orderId: string; orderStatus: string; onSettled: () => void }) {
  const [s, setS] = useState<SmsStatus | null>(null)
  useEffect(() => {
    let stop = false
    const load = async () => {
      const res = await smsApi.status(orderId)
      if (stop || !res.ok) return
      setS(res.data)
      if (res.data.status !== orderStatus) onSettled()
    }
    void load()
    const live = orderStatus === 'SMS_VERIFICATION' ? setInterval(load, 10_000) : undefined
    return () => {
      stop = true
      if (live) clearInterval(live)
    }
  }, [orderId, orderStatus])

  const round = s?.round
  if (!s || !round) return null
  const open = round.status === 'OPEN'
  return (
    <View className='wizard-card order-page__sms' id='sms-verification'>
      <Text className='wizard-card__title'>工信部短信核验 · <Text id='sms-round-status'>{ROUND_LABELS[round.status]}</Text></Text>
      {open && (
        <Text className='order-page__sms-note'>
          工信部已通过 12381 向以下手机发送验证码，请于 <Text id='sms-deadline'>{dayjs(round.deadline).format('YYYY-MM-DD HH:mm')}</Text> 前在工信部备案系统输入验证码、手机号码和证件号码后6位完成核验。连续输错 5 次将被退回（还可输错 {round.wrongEntriesLeft} 次）。
        </Text>
      )}
      {!open && round.closeReason && <Text className='order-page__sms-note'>{round.closeReason}</Text>}
      {round.phones.map((p) => (
        <View key={p.phone} className='order-page__sms-phone' data-verified={p.verified ? 'yes' : 'no'}>
          <Text>{p.phone}（{p.roles.map((r) => ROLE_LABELS[r] ?? r).join('、')}{p.names.length ? ` ${p.names.join('、')}` : ''}）</Text>
          <Text className={p.verified ? 'order-page__sms-ok' : 'order-page__sms-wait'}>{p.verified ? '已核验' : open ? `待核验 · 可重发 ${p.resendsLeft} 次` : '未核验'}</Text>
        </View>
      ))}
      {open && (
        <View className='order-page__sms-actions'>
          <Button id='sms-verify-link' className='wizard-primary' onClick={() => openLink(round.verifyUrl)}>{s.sandbox ? '去核验（沙箱工信部页面）' : '去工信部备案系统核验'}</Button>
          <Button id='sms-resend-link' className='wizard-secondary' onClick={() => openLink(round.resendUrl)}>没收到验证码？短信重发</Button>
        </View>
      )}
    </View>
  )
}
