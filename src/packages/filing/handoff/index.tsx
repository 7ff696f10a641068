import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import type { AppError } from '../../../../types/result'
import { ordersApi } from '../../../services/orders'
import '../styles.scss'
import './index.scss'

/**
 * Where a scanned handoff code lands: the scene (a single-use token, never the
 * order id) is redeemed, then the right order and step open.
 */
export default function HandoffPage() {
  const { params } = useRouter()
  const [error, setError] = useState<AppError | null>(null)

  useEffect(() => {
    const scene = decodeURIComponent(params.scene ?? '')
    void ordersApi.redeemHandoff(scene).then((res) => {
      if (!res.ok) return setError(res.error)
      void Taro.redirectTo({ url: `/packages/filing/wizard/index?orderId=${res.data.orderId}&step=${res.data.step}` })
    })
  }, [])

  return (
    <View className='handoff' id='handoff'>
      {error ? (
        <View className='handoff__box' id='handoff-error'>
          <Text className='handoff__icon'>!</Text>
          <Text className='handoff__title'>无法继续办理</Text>
          <Text className='handoff__message' id='handoff-message'>{error.message}</Text>
          <Button className='wizard-secondary' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>返回我的备案</Button>
        </View>
      ) : (
        <Text className='handoff__loading'>正在打开订单…</Text>
      )}
    </View>
  )
}
