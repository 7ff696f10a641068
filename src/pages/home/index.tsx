import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { EDITABLE_ORDER_STATUSES, FINISHED_ORDER_STATUSES } from '../../../types/order-status'
import type { AppError } from '../../../types/result'
import { signInAsSandboxDemo } from '../../services/cloud'
import { type FiledSubject, type OrderSummary, ordersApi } from '../../services/orders'
import './index.scss'

/** 我的备案: filed subjects and websites, orders in progress with their next step, and 开始备案. */
export default function HomePage() {
  const [orders, setOrders] = useState<OrderSummary[] | null>(null)
  const [filings, setFilings] = useState<FiledSubject[]>([])
  const [error, setError] = useState<AppError | null>(null)

  const load = async () => {
    const [o, f] = await Promise.all([ordersApi.list(), ordersApi.filings()])
    if (!o.ok) return setError(o.error)
    setError(null)
    setOrders(o.data)
    if (f.ok) setFilings(f.data)
  }
  useDidShow(() => void load())

  const open = (o: OrderSummary) =>
    Taro.navigateTo({ url: `/packages/filing/${o.status === 'DRAFT' ? 'wizard' : 'order'}/index?orderId=${o._id}` })
  const active = (orders ?? []).filter((o) => !FINISHED_ORDER_STATUSES.includes(o.status))
  const finished = (orders ?? []).filter((o) => FINISHED_ORDER_STATUSES.includes(o.status))

  return (
    <View className='home'>
      <View className='home__hero'>
        <Text className='home__title'>ICP 备案</Text>
        <Text className='home__desc'>网站在中国内地服务器上开通前，须完成 ICP 备案。全程在线办理，提交前自动检查，减少驳回。</Text>
        <Button id='start-filing' className='home__start' onClick={() => Taro.navigateTo({ url: '/pages/verify-type/index' })}>开始备案</Button>
      </View>
      {error && <Text className='home__error' id='home-error'>{error.message}</Text>}

      <Text className='home__section'>正在备案的订单</Text>
      {orders && active.length === 0 && <Text className='home__empty'>暂无进行中的订单</Text>}
      {active.map((o) => (
        <View key={o._id} className='home__card' id={`order-${o._id}`} onClick={() => open(o)}>
          <View className='home__row'>
            <Text className='home__card-title'>{o.typeLabel} · {o.domain}</Text>
            <Text className='home__badge'>{o.statusLabel}</Text>
          </View>
          <Text className='home__meta'>证件 {o.certificate} · {o.websites} 个网站</Text>
          <Text className='home__next'>{EDITABLE_ORDER_STATUSES.includes(o.status) ? (o.status === 'DRAFT' ? '继续填写 ›' : '修改并重新提交 ›') : '查看进度 ›'}</Text>
        </View>
      ))}

      <Text className='home__section'>已备案</Text>
      {filings.length === 0 && <Text className='home__empty'>暂无已备案的主体</Text>}
      {filings.map((s, i) => (
        <View key={s.subjectNumber} className='home__card' id={`filed-subject-${i}`}
          onClick={() => Taro.navigateTo({ url: `/packages/filing/manage/index?subjectNumber=${encodeURIComponent(s.subjectNumber)}` })}>
          <Text className='home__card-title'>{s.name}</Text>
          <Text className='home__meta'>主体备案号：{s.subjectNumber}</Text>
          {s.websites.length === 0 && <Text className='home__meta'>空壳主体：名下没有网站</Text>}
          {s.websites.map((w) => (
            <Text key={w.websiteNumber} className='home__meta'>{w.name}（{w.domains.join('、')}）：{w.websiteNumber}{w.accessedByUs ? '' : '（未接入本接入商）'}</Text>
          ))}
          <Text className='home__next'>变更、取消接入、注销、转移 ›</Text>
        </View>
      ))}
      {filings.length === 0 && orders && (
        <Text className='home__link' id='receive-transfer' onClick={() => Taro.navigateTo({ url: '/packages/filing/transfer/index' })}>
          接收备案转移：把另一个账号下的备案主体转到本账号 ›
        </Text>
      )}

      {finished.length > 0 && (
        <>
          <Text className='home__section'>历史订单</Text>
          {finished.map((o) => (
            <View key={o._id} className='home__card home__card--muted' id={`order-${o._id}`} onClick={() => open(o)}>
              <View className='home__row'>
                <Text>{o.typeLabel} · {o.domain}</Text>
                <Text className='home__badge home__badge--muted'>{o.statusLabel}</Text>
              </View>
            </View>
          ))}
        </>
      )}
      {process.env.TARO_ENV === 'h5' && (
        <Text className='home__sandbox' id='use-demo-account' onClick={async () => { if (await signInAsSandboxDemo()) await load() }}>
          本地沙箱：切换到已有备案的演示账号（王小明，豫ICP备2024000101号）
        </Text>
      )}
    </View>
  )
}
