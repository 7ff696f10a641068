import { useEffect, useState } from 'react'
import { Button, Image, Text, View } from '@tarojs/components'
import { ordersApi } from '../../../services/orders'

interface Props {
  id: string
  orderId: string
  step: string
  buttonText: string
  /** Runs before the code is made (e.g. save what is pending). */
  before?: () => Promise<unknown>
  /** Called every few seconds while the code is shown, to pick up the other device's work. */
  onPoll?: () => void
}

/** A single-use, 10-minute QR code that opens this order's step on another phone. */
export default function HandoffQr({ id, orderId, step, buttonText, before, onPoll }: Props) {
  const [qr, setQr] = useState<{ image: string; link: string } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!qr || !onPoll) return
    const timer = setInterval(onPoll, 3000)
    return () => clearInterval(timer)
  }, [qr])

  const show = async () => {
    await before?.()
    const res = await ordersApi.createHandoff(orderId, step)
    if (!res.ok) return setError(res.error.message)
    setError(null)
    setQr({ image: res.data.qrImage, link: res.data.link })
  }

  return (
    <View className='wizard-qr-box' id={id}>
      <Button id={`${id}-make`} className='wizard-secondary' onClick={show}>{qr ? '重新生成二维码' : buttonText}</Button>
      {error && <Text className='wizard-banner'>{error}</Text>}
      {qr && (
        <View className='wizard-qr' id={`${id}-code`}>
          <Image className='wizard-qr__image' src={qr.image} mode='aspectFit' />
          <Text className='wizard-card__note'>请用手机微信扫码，10 分钟内有效，只能使用一次</Text>
          {qr.link && <Text className='wizard-qr__link' id={`${id}-link`}>{qr.link}</Text>}
        </View>
      )}
    </View>
  )
}
