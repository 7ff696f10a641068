import { useEffect, useState } from 'react'
import { Button, Image, Text, View } from '@tarojs/components'
import ImageUpload from '../../../components/image-upload'
import { ordersApi } from '../../../services/orders'
import type { OrderDraft } from './use-order-draft'

interface Props {
  draft: OrderDraft
}

/**
 * 真实性核验: the 网站负责人's live photo on a white background, checked at
 * once; or a QR code so that person can do it on their own phone.
 */
export default function VerificationStep({ draft }: Props) {
  const order = draft.order!
  const v = order.verification
  const [qr, setQr] = useState<{ image: string; link: string; expiresAt: string } | null>(null)
  const [qrError, setQrError] = useState<string | null>(null)

  // While the QR code is out, watch for the other phone's result.
  useEffect(() => {
    if (!qr || v?.status === 'PASSED') return
    const timer = setInterval(() => void draft.load(), 3000)
    return () => clearInterval(timer)
  }, [qr, v?.status])

  const showQr = async () => {
    await draft.flush()
    const res = await ordersApi.createHandoff(order._id, 'verification')
    if (!res.ok) return setQrError(res.error.message)
    setQrError(null)
    setQr({ image: res.data.qrImage, link: res.data.link, expiresAt: res.data.expiresAt })
  }

  return (
    <View className='wizard-step' id='verification-step'>
      <View className='wizard-card'>
        <Text className='wizard-card__title'>拍摄要求</Text>
        <Text>· 由网站负责人本人拍摄，正对镜头，五官清晰</Text>
        <Text>· 白色背景（白墙），不要戴帽子、墨镜、口罩</Text>
        <Text>· 光线均匀，不要逆光；照片不能翻拍、不能美颜</Text>
      </View>
      {v && (
        <View className={`wizard-card ${v.status === 'PASSED' ? 'wizard-card--ok' : 'wizard-card--bad'}`} id='verification-result'>
          <Text className='wizard-card__title'>{v.status === 'PASSED' ? '核验通过' : '核验未通过，请重新拍摄'}</Text>
          {v.problems.map((p) => <Text key={p}>· {p}</Text>)}
        </View>
      )}
      <ImageUpload id='verification-photo' label='网站负责人照片' cameraOnly={process.env.TARO_ENV === 'weapp'}
        guide='请在白色背景前拍摄上半身正面照' sample='PORTRAIT' uploaded={v?.status === 'PASSED'}
        onUploaded={(fileID) => draft.verify(fileID)} />
      {order.access === 'VERIFY' && v?.status === 'PASSED' && (
        <Text className='wizard-section__hint' id='verification-done'>核验已完成，结果已同步给申请人，您可以关闭此页面。</Text>
      )}
      {order.access !== 'VERIFY' && <View className='wizard-card'>
        <Text className='wizard-card__title'>网站负责人不在身边？</Text>
        <Text>生成二维码，由负责人用自己的手机扫码完成核验（二维码 10 分钟内有效，只能使用一次）。</Text>
        <Button id='verification-qr' className='wizard-secondary' onClick={showQr}>生成核验二维码</Button>
        {qrError && <Text className='wizard-banner'>{qrError}</Text>}
        {qr && (
          <View className='wizard-qr' id='verification-qr-code'>
            <Image className='wizard-qr__image' src={qr.image} mode='aspectFit' />
            <Text className='wizard-qr__link' id='verification-qr-link'>{qr.link}</Text>
          </View>
        )}
      </View>}
    </View>
  )
}
