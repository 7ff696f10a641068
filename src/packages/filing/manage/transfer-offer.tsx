import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import type { AppError } from '../../../../types/result'
import { ordersApi } from '../../../services/orders'

/**
 * 转移备案, the giving side: a one-time code (24 h) the holder of the other
 * account enters on their phone; that account then owns the subject and its websites.
 */
export default function TransferOffer({ subjectNumber, blockedBecause }: { subjectNumber: string; blockedBecause: string | null }) {
  const [offer, setOffer] = useState<{ transferId: string; code: string; expiresAt: string } | null>(null)
  const [error, setError] = useState<AppError | null>(null)

  const create = async () => {
    const answer = await Taro.showModal({
      title: '转移备案',
      content: '转移码被另一个账号使用后，本主体及其网站将转到该账号下，本账号不再能管理。确定生成转移码吗？',
      confirmText: '生成',
      cancelText: '取消'
    })
    if (!answer.confirm) return
    const res = await ordersApi.offerTransfer(subjectNumber)
    if (res.ok) setOffer(res.data)
    else setError(res.error)
  }
  const revoke = async () => {
    if (!offer) return
    const res = await ordersApi.cancelTransfer(offer.transferId)
    if (res.ok) setOffer(null)
    else setError(res.error)
  }

  return (
    <View className='wizard-card' id='transfer-offer'>
      <Text className='wizard-card__title'>转移备案</Text>
      <Text className='wizard-card__note'>将本主体及其网站转到您的另一个账号下，业务不受影响，无需审核。两个账号都不能有正在办理的订单，接收账号不能已有备案主体。</Text>
      {offer ? (
        <View className='manage__code'>
          <Text>转移码（{dayjs(offer.expiresAt).format('MM-DD HH:mm')} 前有效，只能使用一次）：</Text>
          <Text className='manage__code-value' id='transfer-code'>{offer.code}</Text>
          <Text className='wizard-card__note'>请用接收账号打开本小程序，在“我的备案”点“接收备案转移”并输入此码。</Text>
          <Button id='transfer-revoke' className='wizard-secondary' onClick={() => void revoke()}>作废转移码</Button>
        </View>
      ) : (
        <Button id='transfer-create' className='wizard-secondary' disabled={!!blockedBecause || undefined} onClick={() => void create()}>生成转移码</Button>
      )}
      {error && <Text className='wizard-banner' id='transfer-error'>{error.message}</Text>}
    </View>
  )
}
