import { useEffect, useRef, useState } from 'react'
import { isChange } from '../../../../domain/order/change-rules'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { EDITABLE_ORDER_STATUSES } from '../../../../types/order-status'
import type { AppError } from '../../../../types/result'
import StepBar from '../../../components/step-bar'
import { domId } from '../../../components/text-field'
import { RecognizedFields } from '../../../components/form-field/recognized'
import { ordersApi } from '../../../services/orders'
import ConfirmStep from './confirm-step'
import HandoffQr from './handoff-qr'
import { fieldValue, hasValue } from './field-value'
import MaterialsStep from './materials-step'
import { STEP_LABELS, type StepKey, isStepKey, resumeStep, stepsFor } from './steps'
import SubjectStep from './subject-step'
import { useOrderDraft } from './use-order-draft'
import VerificationStep from './verification-step'
import WebsitesStep, { newWebsite } from './websites-step'
import './index.scss'

/** The filing wizard: 主体信息 → 网站信息 → 上传资料 → 真实性核验 → 核对提交. */
export default function WizardPage() {
  const { params } = useRouter()
  const orderId = params.orderId ?? ''
  const draft = useOrderDraft(orderId)
  const { order } = draft
  const [step, setStep] = useState<StepKey | null>(null)
  const [attempted, setAttempted] = useState<Set<StepKey>>(new Set())
  const prepared = useRef(false)

  // First load: leave if the order is not editable, fill defaults, open the right step.
  useEffect(() => {
    if (!order || prepared.current) return
    prepared.current = true
    if (!EDITABLE_ORDER_STATUSES.includes(order.status)) {
      void Taro.redirectTo({ url: `/packages/filing/order/index?orderId=${order._id}` })
      return
    }
    if (order.access === 'VERIFY') return setStep('verification')
    const defaults = newWebsite([], order.product?.ip)
    // New websites get the defaults (server IP from 产品验证, 网站, 中文简体); a 变更 keeps the filed data as it is.
    const bare = isChange(order.type) ? [] : order.websites.filter((w) => !w.serviceType)
    if (bare.length)
      draft.editWebsites(order.websites.map((w) => (bare.includes(w) ? { ...defaults, ...w, id: w.id, domains: w.domains?.length ? w.domains : defaults.domains, ipRanges: w.ipRanges?.length ? w.ipRanges : defaults.ipRanges } : w)))
    if (order.identity.hostNature === 'PERSONAL' && !order.subject.principal?.certificateNumber)
      draft.editSubject({ ...order.subject, principal: { ...order.subject.principal, certificateType: order.identity.certificateType as 'RESIDENT_ID', certificateNumber: order.identity.certificateNumber } })
    setStep(isStepKey(params.step) && stepsFor(order.type).includes(params.step) ? params.step : resumeStep(order.type, order.problems))
  }, [order])

  // Opened to fix one field (e.g. from a reviewer's reason): bring it into view.
  useEffect(() => {
    if (!step || !params.field) return
    const timer = setTimeout(() => void Taro.pageScrollTo({ selector: `#field-${domId(decodeURIComponent(params.field ?? ''))}`, duration: 0 }).catch(() => undefined), 300)
    return () => clearTimeout(timer)
  }, [step === null])

  if (draft.loadError)
    return (
      <View className='wizard wizard--empty'>
        <Text className='wizard-banner' id='load-error'>{draft.loadError.message}</Text>
        <Button className='wizard-secondary' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>返回我的备案</Button>
      </View>
    )
  if (!order || !step) return <View className='wizard wizard--empty'><Text>加载中…</Text></View>

  const steps: StepKey[] = order.access === 'VERIFY' ? ['verification'] : stepsFor(order.type)
  const at = steps.indexOf(step)
  const stepProblems = (s: StepKey) => draft.problems.filter((p) => p.step === s)

  const errorOf = (path: string) => {
    const feedback = order.feedback?.reasons.find((r) => r.field === path)?.message
    const problem = draft.problems.find((p) => p.field === path)
    if (problem && (attempted.has(step) || hasValue(fieldValue(path, draft.subject, draft.websites)))) return problem.message
    return feedback ? `审核意见：${feedback}` : undefined
  }

  const goTo = async (next: StepKey, field?: string) => {
    setAttempted((a) => new Set(a).add(step))
    await draft.flush()
    // Someone else may have moved the order on (e.g. 核验 done on another phone).
    if (next === 'confirm' || next === 'verification') await draft.load()
    setStep(next)
    void Taro.pageScrollTo({ ...(field ? { selector: `#field-${domId(field)}` } : { scrollTop: 0 }), duration: 0 }).catch(() => Taro.pageScrollTo({ scrollTop: 0, duration: 0 }))
  }

  const submit = async (): Promise<AppError | null> => {
    await draft.flush()
    const res = order.status === 'DRAFT' ? await ordersApi.submit(order._id) : await ordersApi.resubmit(order._id)
    if (!res.ok) return res.error
    // Back to the status page this edit was opened from, or on to a new one.
    const pages = Taro.getCurrentPages()
    if (pages.length > 1 && pages[pages.length - 2].route?.includes('packages/filing/order/index')) void Taro.navigateBack()
    else void Taro.redirectTo({ url: `/packages/filing/order/index?orderId=${order._id}&submitted=1` })
    return null
  }

  const save = draft.save
  const recognizedIds = new Set(draft.recognizedPaths.map(domId))
  return (
    <RecognizedFields.Provider value={(id) => recognizedIds.has(id)}>
      <View className='wizard'>
        <StepBar current={step} onSelect={(k) => void goTo(k as StepKey)}
          steps={steps.map((k) => ({ key: k, label: STEP_LABELS[k], done: k !== 'confirm' && stepProblems(k).length === 0 }))} />
        <View className='wizard__status'>
          <Text className='wizard__type'>{order.typeLabel} · {order.identity.domain.unicode}</Text>
          <Text className={`wizard__save wizard__save--${save.state}`} id='save-state'>
            {save.state === 'saving' ? '保存中…' : save.state === 'saved' ? '已自动保存' : save.state === 'failed' ? `未保存：${save.error.message}` : '填写内容会自动保存'}
          </Text>
        </View>
        {order.feedback && (
          <View className='wizard-banner wizard-banner--feedback' id='feedback'>
            <Text className='wizard-card__title'>审核意见（请按意见修改后重新提交）</Text>
            {order.feedback.reasons.map((r, i) => <Text key={i}>· {r.message}</Text>)}
            {order.feedback.note && <Text>{order.feedback.note}</Text>}
          </View>
        )}
        {step === 'subject' && <SubjectStep draft={draft} errorOf={errorOf} />}
        {step === 'websites' && <WebsitesStep draft={draft} errorOf={errorOf} />}
        {step === 'materials' && <MaterialsStep draft={draft} errorOf={errorOf} goTo={(k, f) => void goTo(k, f)} />}
        {step === 'verification' && <VerificationStep draft={draft} />}
        {step === 'confirm' && <ConfirmStep draft={draft} goTo={(k, f) => void goTo(k, f)} onSubmit={submit} />}
        {step !== 'confirm' && steps.length > 1 && (
          <View className='wizard__nav'>
            {at > 0 && <Button id='prev-step' className='wizard-secondary wizard__nav-button' onClick={() => void goTo(steps[at - 1])}>上一步</Button>}
            <Button id='next-step' className='wizard-primary wizard__nav-button' onClick={() => void goTo(steps[at + 1])}>
              下一步：{STEP_LABELS[steps[at + 1]]}
            </Button>
          </View>
        )}
        {process.env.TARO_ENV === 'h5' && order.access === 'OWNER' && step !== 'verification' && (
          <View className='wizard-card wizard-card--handoff'>
            <Text className='wizard-card__note'>想用手机拍照上传？扫码在手机上继续填写，已填内容都会带过去。</Text>
            <HandoffQr id='continue-qr' orderId={order._id} step={step} buttonText='在手机上继续' before={draft.flush} />
          </View>
        )}
      </View>
    </RecognizedFields.Provider>
  )
}
