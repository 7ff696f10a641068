import { useState } from 'react'
import { Button, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppError } from '../../../../types/result'
import ChipSelect from '../../../components/chip-select'
import { ordersApi } from '../../../services/orders'
import { CANCEL_KINDS } from './operations'

interface Props {
  operation: keyof typeof CANCEL_KINDS
  subjectNumber: string
  /** The website it acts on (取消接入 / 注销网站), shown and sent. */
  website?: { websiteNumber: string; name?: string; domains: string[] }
  onCancel: () => void
}

/** 取消接入 / 注销网站 / 注销主体: choose a reason, read the consequences, confirm twice, submit for 初审. */
export default function CancelForm({ operation, subjectNumber, website, onCancel }: Props) {
  const kind = CANCEL_KINDS[operation]
  const [reason, setReason] = useState('')
  const [other, setOther] = useState('')
  const [understood, setUnderstood] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const finalReason = reason === '其他原因' ? other.trim() : reason
  const ready = !!finalReason && understood && !busy

  const submit = async () => {
    const what = website ? `${website.name ?? ''}（${website.websiteNumber}）` : subjectNumber
    const answer = await Taro.showModal({ title: `确定要${kind.title}吗？`, content: `${what}\n${kind.consequences[0]}`, confirmText: '确定', cancelText: '取消' })
    if (!answer.confirm) return
    setBusy(true)
    const res = await ordersApi.startOperation({ operation, subjectNumber, websiteNumbers: website ? [website.websiteNumber] : [], reason: finalReason, confirmed: true })
    setBusy(false)
    if (!res.ok) return setError(res.error)
    Taro.redirectTo({ url: `/packages/filing/order/index?orderId=${res.data._id}&submitted=1` })
  }

  return (
    <View className='wizard-step filing-page' id='cancel-form'>
      <View className='wizard-card'>
        <Text className='wizard-card__title' id='cancel-title'>{kind.title}</Text>
        {website ? <Text>{website.name}（{website.domains.join('、')}）：{website.websiteNumber}</Text> : <Text>主体备案号：{subjectNumber}</Text>}
      </View>
      <Text className='wizard-section'>{kind.title}原因</Text>
      <View className='wizard-card'>
        <ChipSelect id='cancel-reason' single options={kind.reasons.map((r) => ({ value: r, label: r }))} value={reason ? [reason] : []} onChange={([r]) => setReason(r)} />
        {reason === '其他原因' && (
          <Textarea id='cancel-reason-other' className='manage__textarea' maxlength={200} placeholder='请填写原因' value={other} onInput={(e) => setOther(e.detail.value)} />
        )}
      </View>
      <Text className='wizard-section'>请仔细阅读</Text>
      <View className='wizard-card wizard-card--bad' id='cancel-consequences'>
        {kind.consequences.map((c, i) => <Text key={i}>· {c}</Text>)}
      </View>
      <View className='wizard-card'>
        <ChipSelect id='cancel-understood' options={[{ value: 'YES', label: kind.confirmLabel }]} value={understood ? ['YES'] : []} onChange={(v) => setUnderstood(v.includes('YES'))} />
      </View>
      {error && <Text className='wizard-banner' id='cancel-error'>{error.message}</Text>}
      <Button id='cancel-submit' className='wizard-primary wizard-danger-fill' disabled={!ready || undefined} onClick={() => void submit()}>提交{kind.title}申请</Button>
      <Button id='cancel-back' className='wizard-secondary' onClick={onCancel}>返回</Button>
    </View>
  )
}
