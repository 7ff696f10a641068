import { Text, View } from '@tarojs/components'
import ImageUpload from '../../../components/image-upload'
import HandoffQr from './handoff-qr'
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
      {order.access !== 'VERIFY' && (
        <View className='wizard-card'>
          <Text className='wizard-card__title'>网站负责人不在身边？</Text>
          <Text>生成二维码，由负责人用自己的手机扫码完成核验；只开放核验这一步，看不到其他备案信息。</Text>
          <HandoffQr id='verification-qr' orderId={order._id} step='verification' buttonText='生成核验二维码'
            before={draft.flush} onPoll={v?.status === 'PASSED' ? undefined : () => void draft.load()} />
        </View>
      )}
    </View>
  )
}
