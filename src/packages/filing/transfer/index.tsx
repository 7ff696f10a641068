import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppError } from '../../../../types/result'
import ChipSelect from '../../../components/chip-select'
import FormField from '../../../components/form-field'
import { ordersApi } from '../../../services/orders'
import '../styles.scss'

/** 转移备案, the receiving side: enter the code from the other account and confirm. */
export default function TransferPage() {
  const [code, setCode] = useState('')
  const [agreed, setAgreed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const [done, setDone] = useState<{ subjectNumber: string; name: string } | null>(null)

  const accept = async () => {
    setBusy(true)
    const res = await ordersApi.acceptTransfer(code)
    setBusy(false)
    if (res.ok) setDone(res.data)
    else setError(res.error)
  }

  if (done)
    return (
      <View className='wizard-step filing-page' id='transfer-done'>
        <View className='wizard-card wizard-card--ok'>
          <Text className='wizard-card__title'>转移成功</Text>
          <Text>{done.name}（{done.subjectNumber}）及其网站已转入本账号。</Text>
        </View>
        <Button id='transfer-home' className='wizard-primary' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>查看我的备案</Button>
      </View>
    )
  return (
    <View className='wizard-step filing-page' id='transfer-page'>
      <View className='wizard-card'>
        <Text className='wizard-card__title'>接收备案转移</Text>
        <Text className='wizard-card__note'>在转出账号的“管理备案”中生成转移码，在这里输入。转移后主体及其网站由本账号管理，转出账号不再能管理。本账号不能有正在办理的订单，也不能已有备案主体。</Text>
      </View>
      <FormField id='transfer-code' label='转移码' error={error?.field === 'code' ? error.message : undefined}>
        <Input id='transfer-code-input' maxlength={12} placeholder='8 位字母和数字' value={code} onInput={(e) => setCode(e.detail.value)} />
      </FormField>
      <View className='wizard-card'>
        <ChipSelect id='transfer-agree' options={[{ value: 'YES', label: '我确认将该备案主体及其网站转入本账号' }]} value={agreed ? ['YES'] : []} onChange={(v) => setAgreed(v.includes('YES'))} />
      </View>
      {error && error.field !== 'code' && <Text className='wizard-banner' id='transfer-error'>{error.message}</Text>}
      <Button id='transfer-accept' className='wizard-primary' disabled={busy || !agreed || code.trim().length < 8 || undefined} onClick={() => void accept()}>确认接收</Button>
    </View>
  )
}
