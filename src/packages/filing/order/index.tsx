import { useState } from 'react'
import { isChange } from '../../../../domain/order/change-rules'
import { isCancellation } from '../../../../domain/order/transitions'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import dayjs from 'dayjs'
import { EDITABLE_ORDER_STATUSES, type OrderStatus } from '../../../../types/order-status'
import type { AppError } from '../../../../types/result'
import { type OrderView, ordersApi } from '../../../services/orders'
import ChangeList from '../wizard/change-list'
import { nextStepOf, stepOfField, timeline } from './progress'
import SmsCard from './sms-card'
import '../styles.scss'
import './index.scss'

const WITHDRAWABLE: OrderStatus[] = ['PENDING_INITIAL_REVIEW', 'RESUBMITTED', 'PENDING_SUBMISSION']
const ABANDONABLE: OrderStatus[] = ['DRAFT', 'NEEDS_MATERIALS', 'INITIAL_REJECTED', 'REGULATOR_REJECTED', 'PENDING_SUBMISSION']
/** 取消接入 / 注销: no 撤销; 放弃 until it goes to the 管局 (spec §7.4). */
const CANCELLATION_ABANDONABLE: OrderStatus[] = ['PENDING_INITIAL_REVIEW', 'AWAITING_APPLICANT_CONFIRMATION', 'PENDING_SUBMISSION', 'INITIAL_REJECTED']

/** 备案进度: where the order is, what happens next, its history, and what the applicant can do. */
export default function OrderPage() {
  const { params } = useRouter()
  const orderId = params.orderId ?? ''
  const [order, setOrder] = useState<OrderView | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    const res = await ordersApi.get(orderId)
    if (res.ok) setOrder(res.data)
    else setError(res.error)
  }
  useDidShow(() => void load())

  const act = async (confirmText: { title: string; content: string }, run: () => ReturnType<typeof ordersApi.withdraw>) => {
    const answer = await Taro.showModal({ ...confirmText, confirmText: '确定', cancelText: '取消' })
    if (!answer.confirm) return
    setBusy(true)
    const res = await run()
    setBusy(false)
    if (res.ok) setOrder(res.data)
    else setError(res.error)
  }
  const openWizard = (step?: string, field?: string) =>
    Taro.navigateTo({ url: `/packages/filing/wizard/index?orderId=${orderId}${step ? `&step=${step}` : ''}${field ? `&field=${encodeURIComponent(field)}` : ''}` })

  if (!order)
    return (
      <View className='order-page'>
        {error ? <Text className='wizard-banner' id='order-error'>{error.message}</Text> : <Text className='order-page__loading' id='order-loading'>加载中…</Text>}
      </View>
    )

  const cancellation = isCancellation(order.type)
  const editable = EDITABLE_ORDER_STATUSES.includes(order.status) && !cancellation
  const withdrawable = WITHDRAWABLE.includes(order.status) && !cancellation
  // 被动取消接入 is the provider's decision: the applicant is told why, but cannot stop it.
  const abandonable = order.initiatedBy !== 'PROVIDER' && (cancellation ? CANCELLATION_ABANDONABLE : ABANDONABLE).includes(order.status)
  return (
    <View className='order-page' id='order-page'>
      {params.submitted && order.status !== 'DRAFT' && (
        <View className='wizard-card wizard-card--ok' id='submitted-banner'>
          <Text className='wizard-card__title'>已提交，等待初审</Text>
          <Text>审核结果将通过短信和邮件通知您，也可随时在“我的备案”查看。</Text>
        </View>
      )}
      <View className='wizard-card order-page__status' id='order-status'>
        <Text className='order-page__type'>{order.typeLabel} · {order.identity.domain.unicode}</Text>
        <Text className='order-page__label' id='status-label'>{order.statusLabel}</Text>
        <Text className='order-page__next' id='next-step-text'>{nextStepOf(order.type, order.status)}</Text>
        {order.filingNumbers && (
          <View className='order-page__numbers' id='filing-numbers'>
            <Text>主体备案号：{order.filingNumbers.subject}</Text>
            {order.websites.map((w) => order.filingNumbers?.websites[w.id] && (
              <Text key={w.id}>{w.name}：{order.filingNumbers.websites[w.id]}</Text>
            ))}
          </View>
        )}
      </View>

      {order.target && (isCancellation(order.type) || isChange(order.type)) && (
        <View className='wizard-card' id='order-target'>
          <Text className='wizard-card__title'>{order.initiatedBy === 'PROVIDER' ? '接入商发起的取消接入' : '办理对象'}</Text>
          {order.initiatedBy === 'PROVIDER' && <Text className='wizard-card__note' id='passive-note'>接入商根据服务协议和相关规定取消本网站的接入，如有疑问请联系接入商；如网站需要继续提供服务，请尽快在其他接入商办理新增接入。</Text>}
          <Text>主体备案号：{order.target.subjectNumber}</Text>
          {order.target.websiteNumbers.map((n) => <Text key={n}>网站备案号：{n}</Text>)}
          {order.requestReason && <Text>原因：{order.requestReason}</Text>}
        </View>
      )}
      {order.changes.length > 0 && <ChangeList changes={order.changes} order={order} />}

      {order.status === 'AWAITING_APPLICANT_CONFIRMATION' && (
        <View className='wizard-card wizard-card--ok' id='confirmation-card'>
          <Text className='wizard-card__title'>初审已通过，请确认</Text>
          <Text>确认后我们将把{order.typeLabel}申请提交管局。{order.type === 'CANCEL_ACCESS' ? '取消接入不需要短信核验。' : '提交后负责人手机会收到工信部短信验证码，须在 24 小时内完成核验。'}提交管局后不能撤回。</Text>
          <Button id='confirm-order' className='wizard-primary wizard-danger-fill' disabled={busy || undefined}
            onClick={() => act({ title: `确认${order.typeLabel}`, content: `确认提交${order.typeLabel}申请？提交管局后不可撤回。` }, () => ordersApi.confirm(orderId))}>
            确认{order.typeLabel}
          </Button>
        </View>
      )}

      {order.feedback && (
        <View className='wizard-banner wizard-banner--feedback' id='feedback'>
          <Text className='wizard-card__title'>审核意见</Text>
          {order.feedback.reasons.map((r, i) => (
            <View key={i} className='order-page__reason' id={`reason-${i}`} onClick={() => editable && openWizard(stepOfField(r.field), r.field)}>
              <Text>· {r.message}</Text>
              {editable && <Text className='wizard-link'>去修改 ›</Text>}
            </View>
          ))}
          {order.feedback.note && <Text>{order.feedback.note}</Text>}
        </View>
      )}

      {['SMS_VERIFICATION', 'RETURNED_BY_MIIT', 'REGULATOR_REVIEW'].includes(order.status) && (
        <SmsCard orderId={orderId} orderStatus={order.status} onSettled={() => void load()} />
      )}

      {error && <Text className='wizard-banner' id='action-error'>{error.message}</Text>}
      <View className='order-page__actions'>
        {editable && (
          <Button id='edit-order' className='wizard-primary' onClick={() => openWizard()}>
            {order.status === 'DRAFT' ? '继续填写' : '修改并重新提交'}
          </Button>
        )}
        {withdrawable && (
          <Button id='withdraw-order' className='wizard-secondary' disabled={busy || undefined}
            onClick={() => act({ title: '撤销备案申请', content: '撤销后订单回到可修改状态，已填写的信息会保留，修改后需重新提交初审。' }, () => ordersApi.withdraw(orderId))}>
            撤销申请（修改信息）
          </Button>
        )}
        {abandonable && (
          <Button id='abandon-order' className='wizard-secondary wizard-danger' disabled={busy || undefined}
            onClick={() => act({ title: '放弃本次备案', content: '放弃后本次填写的信息将不能继续使用，已备案的信息不受影响。确定放弃吗？' }, () => ordersApi.abandon(orderId))}>
            放弃备案
          </Button>
        )}
      </View>

      <View className='wizard-card' id='timeline'>
        <Text className='wizard-card__title'>办理记录</Text>
        {timeline(order.events).map((e, i) => (
          <View key={i} className='order-page__event'>
            <Text className='order-page__event-time'>{dayjs(e.at).format('YYYY-MM-DD HH:mm')} · {e.who}</Text>
            <Text>{e.text}</Text>
            {e.reason && <Text className='order-page__event-reason'>{e.reason}</Text>}
          </View>
        ))}
      </View>
      <Button className='wizard-secondary' id='back-home' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>返回我的备案</Button>
    </View>
  )
}
