import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { FILING_TYPES, FILING_TYPE_EXPLANATIONS, FILING_TYPE_LABELS, type FilingType } from '../../../types/filing-type'
import { provinceByCode } from '../../../types/province'
import './index.scss'

/** The determined filing type, what it means, and what comes next. */
export default function VerifyResultPage() {
  const { params } = useRouter()
  const type = (FILING_TYPES as readonly string[]).includes(params.type ?? '') ? (params.type as FilingType) : null
  const domain = decodeURIComponent(params.domain ?? '')
  const province = provinceByCode(params.province ?? '')

  if (!type)
    return (
      <View className='verify-result'>
        <Text className='verify-result__label'>没有可显示的备案类型，请重新验证。</Text>
      </View>
    )

  return (
    <View className='verify-result'>
      <View className='verify-result__card' id='filing-type-result'>
        <Text className='verify-result__label'>您的备案类型是</Text>
        <Text className='verify-result__type' id='filing-type'>{FILING_TYPE_LABELS[type]}</Text>
        <Text className='verify-result__explain'>{FILING_TYPE_EXPLANATIONS[type]}</Text>
        <View className='verify-result__facts'>
          <Text>域名：{domain}</Text>
          {province && <Text>备案省份：{province.name}</Text>}
        </View>
      </View>
      <View className='verify-result__next'>
        <Text className='verify-result__next-title'>下一步</Text>
        <Text className='verify-result__next-text'>产品验证：选择用于备案的服务器 IP 或输入备案授权码，然后填写主体信息。</Text>
      </View>
      <Button className='verify-result__back' onClick={() => Taro.navigateBack()}>返回修改</Button>
    </View>
  )
}
