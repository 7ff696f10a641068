import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { Problem } from '../../../../domain/order/precheck'
import type { AppError } from '../../../../types/result'
import { changesOf } from '../../../../domain/order/change-rules'
import ChipSelect from '../../../components/chip-select'
import { preloadSubscribeTemplates, requestSubscriptions } from '../../../services/subscribe'
import ChangeList from './change-list'
import { STEP_LABELS, type StepKey } from './steps'
import type { OrderDraft } from './use-order-draft'

interface Props {
  draft: OrderDraft
  goTo: (step: StepKey, field?: string) => void
  onSubmit: () => Promise<AppError | null>
}

const AGREEMENTS = ['《信息安全承诺书》', '《协助修改备案在线服务条款》', '《互联网信息服务备案承诺书》']

/**
 * 核对信息 and 提交初审: the pre-check lists everything that would get the
 * order sent back, each with a one-tap path to fix it, before anything is sent.
 */
export default function ConfirmStep({ draft, goTo, onSubmit }: Props) {
  const order = draft.order!
  const [agreed, setAgreed] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppError | null>(null)
  const problems: Problem[] = draft.problems
  const s = draft.subject
  const resubmission = order.status !== 'DRAFT'

  useEffect(() => {
    void preloadSubscribeTemplates()
  }, [])

  const submit = async () => {
    // First, inside the tap: ask for the progress notifications (weapp only).
    requestSubscriptions()
    setBusy(true)
    setError(await onSubmit())
    setBusy(false)
  }

  return (
    <View className='wizard-step' id='confirm-step'>
      <View className={`wizard-card ${problems.length ? 'wizard-card--bad' : 'wizard-card--ok'}`} id='precheck'>
        <Text className='wizard-card__title' id='precheck-title'>
          {problems.length ? `提交前检查：还有 ${problems.length} 项需要处理` : '提交前检查：未发现会导致驳回的问题'}
        </Text>
        {problems.map((p, i) => (
          <View key={`${p.code}-${i}`} className='wizard-problem' id={`problem-${i}`} onClick={() => goTo(p.step, p.field)}>
            <Text className='wizard-problem__step'>{STEP_LABELS[p.step]}</Text>
            <Text className='wizard-problem__text'>{p.message}</Text>
            <Text className='wizard-link'>去修改 ›</Text>
          </View>
        ))}
      </View>

      {order.original && <ChangeList changes={changesOf({ original: order.original, subject: s, websites: draft.websites })} order={{ websites: draft.websites }} />}

      <View className='wizard-card' id='summary'>
        <Text className='wizard-card__title'>核对信息</Text>
        <Text>备案类型：{order.typeLabel}</Text>
        <Text>主办者：{s.name ?? '—'}</Text>
        <Text>主体负责人：{s.principal?.name ?? '—'}，{s.principal?.mobile ?? '—'}</Text>
        {draft.websites.map((w) => (
          <Text key={w.id}>网站：{w.name ?? '—'}（{(w.domains ?? []).filter(Boolean).join('、')}）</Text>
        ))}
        <Text>已上传资料：{order.materials.length} 份；真实性核验：{order.verification?.status === 'PASSED' ? '已通过' : '未完成'}</Text>
      </View>

      <View className='wizard-card'>
        <ChipSelect id='agreements' options={[{ value: 'YES', label: `我已阅读并同意${AGREEMENTS.join('')}` }]} value={agreed ? ['YES'] : []}
          onChange={(v) => setAgreed(v.includes('YES'))} />
        <Text className='wizard-card__note'>提交后由备案专员在 1–2 个工作日内完成初审，期间可能致电负责人核实信息，请保持电话畅通。</Text>
      </View>
      {error && <Text className='wizard-banner' id='submit-error'>{error.message}</Text>}
      <Button id='submit-order' className='wizard-primary' disabled={busy || !agreed || problems.length > 0 || undefined} loading={busy} onClick={submit}>
        {resubmission ? '重新提交审核' : '提交初审'}
      </Button>
    </View>
  )
}
