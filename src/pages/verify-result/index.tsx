import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { FILING_TYPES, FILING_TYPE_EXPLANATIONS, FILING_TYPE_LABELS, type FilingType } from '../../../types/filing-type'
import { provinceByCode } from '../../../types/province'
import type { AppError } from '../../../types/result'
import ChipSelect from '../../components/chip-select'
import FormField from '../../components/form-field'
import { type AvailableResource, ordersApi } from '../../services/orders'
import { verifiedType } from '../../services/verification-session'
import './index.scss'

type ProductKind = 'SERVER_IP' | 'AUTH_CODE'

/** The determined filing type, what it means, then 产品验证 and the start of the order. */
export default function VerifyResultPage() {
  const { params } = useRouter()
  const type = (FILING_TYPES as readonly string[]).includes(params.type ?? '') ? (params.type as FilingType) : null
  const domain = decodeURIComponent(params.domain ?? '')
  const province = provinceByCode(params.province ?? '')
  const [kind, setKind] = useState<ProductKind>('SERVER_IP')
  const [value, setValue] = useState('')
  const [resources, setResources] = useState<AvailableResource[]>([])
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)
  const verified = verifiedType()

  useEffect(() => {
    void ordersApi.resources().then((r) => r.ok && setResources(r.data.filter((x) => x.kind === 'SERVER')))
  }, [])

  if (!type)
    return (
      <View className='verify-result'>
        <Text className='verify-result__label'>没有可显示的备案类型，请重新验证。</Text>
      </View>
    )

  const needsProduct = type !== 'CLAIM'
  const start = async () => {
    if (!verified) {
      setError({ code: 'FILING.VERIFY_AGAIN', message: '页面已刷新，请返回重新验证备案类型' })
      return
    }
    setBusy(true)
    setError(null)
    const product = kind === 'SERVER_IP' ? { kind, ip: value.trim() } : { kind, code: value.trim() }
    const res = await ordersApi.create({ ...verified.form, product })
    setBusy(false)
    if (!res.ok) return setError(res.error)
    void Taro.redirectTo({ url: `/packages/filing/wizard/index?orderId=${res.data._id}` })
  }

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

      <View className='verify-result__next' id='product-verification'>
        <Text className='verify-result__next-title'>{needsProduct ? '产品验证' : '下一步'}</Text>
        {needsProduct ? (
          <>
            <Text className='verify-result__next-text'>备案的网站须使用本接入商中国内地的包年包月服务器（购买 3 个月及以上）。选择服务器公网 IP，或填写备案授权码。</Text>
            <ChipSelect id='product-kind' single options={[{ value: 'SERVER_IP', label: '服务器 IP' }, { value: 'AUTH_CODE', label: '备案授权码' }]}
              value={[kind]} onChange={([k]) => { setKind(k as ProductKind); setValue(''); setError(null) }} />
            {kind === 'SERVER_IP' && resources.length > 0 && (
              <ChipSelect id='product-ips' single options={resources.map((r) => ({ value: r.ip, label: r.ip }))} value={[value]} onChange={([ip]) => setValue(ip)} />
            )}
            <FormField id='product' label={kind === 'SERVER_IP' ? '服务器公网 IP' : '备案授权码'} error={error?.field?.startsWith('product') ? error.message : undefined}>
              <Input id='product-input' type='text' maxlength={64} value={value}
                placeholder={kind === 'SERVER_IP' ? '如 81.70.10.1' : '请输入备案授权码'} onInput={(e) => setValue(e.detail.value)} />
            </FormField>
          </>
        ) : (
          <Text className='verify-result__next-text'>认领备案：上传主体负责人证件，由备案专员审核后认领到本账号。</Text>
        )}
        {error && !error.field?.startsWith('product') && <Text className='verify-result__error' id='start-error'>{error.message}</Text>}
        <Button id='start-order' className='verify-result__start' loading={busy} disabled={busy || (needsProduct && !value.trim()) || undefined} onClick={start}>
          下一步：填写备案信息
        </Button>
      </View>
      <Button className='verify-result__back' onClick={() => Taro.navigateBack()}>返回修改</Button>
    </View>
  )
}
