import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import type { AppError } from '../../../../types/result'
import ChipSelect from '../../../components/chip-select'
import { type FiledSubject, type FilingOperation, ordersApi } from '../../../services/orders'
import CancelForm from './cancel-form'
import { CHANGE_KINDS, CHANGE_RULES } from './operations'
import TransferOffer from './transfer-offer'
import '../styles.scss'
import './index.scss'

type Cancelling = { operation: 'CANCEL_ACCESS' | 'CANCEL_WEBSITE' | 'CANCEL_SUBJECT'; website?: FiledSubject['websites'][number] }

/** 管理备案: 变更, 取消接入, 注销网站, 注销主体 and 转移 for one filed subject of 我的备案. */
export default function ManagePage() {
  const { params } = useRouter()
  const subjectNumber = decodeURIComponent(params.subjectNumber ?? '')
  const [subject, setSubject] = useState<FiledSubject | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  const [kind, setKind] = useState<FilingOperation>('CHANGE_SUBJECT')
  const [sites, setSites] = useState<string[]>([])
  const [cancelling, setCancelling] = useState<Cancelling | null>(null)
  const [busy, setBusy] = useState(false)

  useDidShow(() => {
    void ordersApi.filings().then((res) => {
      if (!res.ok) return setError(res.error)
      const found = res.data.find((s) => s.subjectNumber === subjectNumber)
      if (!found) return setError({ code: 'OPERATION.NOT_YOUR_FILING', message: '该主体不在本账号的“我的备案”中' })
      setSubject(found)
      setSites((s) => (s.length ? s : found.websites.filter((w) => w.accessedByUs).slice(0, 1).map((w) => w.websiteNumber)))
    })
  })

  if (!subject)
    return <View className='manage'>{error ? <Text className='wizard-banner' id='manage-error'>{error.message}</Text> : <Text className='order-page__loading'>加载中…</Text>}</View>
  if (cancelling)
    return <CancelForm operation={cancelling.operation} subjectNumber={subjectNumber} website={cancelling.website} onCancel={() => setCancelling(null)} />

  const ours = subject.websites.filter((w) => w.accessedByUs)
  const blocked = subject.blockedBecause
  const needsSites = kind !== 'CHANGE_SUBJECT'
  const startChange = async () => {
    setBusy(true)
    const res = await ordersApi.startOperation({ operation: kind, subjectNumber, websiteNumbers: needsSites ? sites : [] })
    setBusy(false)
    if (!res.ok) return setError(res.error)
    Taro.redirectTo({ url: `/packages/filing/wizard/index?orderId=${res.data._id}` })
  }

  return (
    <View className='manage wizard-step filing-page' id='manage-page'>
      <View className='wizard-card'>
        <Text className='wizard-card__title' id='manage-subject'>{subject.name}</Text>
        <Text>主体备案号：{subject.subjectNumber}</Text>
      </View>
      {blocked && <Text className='wizard-banner' id='manage-blocked'>{blocked}</Text>}
      {error && <Text className='wizard-banner' id='manage-error'>{error.message}</Text>}

      <Text className='wizard-section'>变更备案</Text>
      <View className='wizard-card' id='change-card'>
        <ChipSelect id='change-kind' single options={CHANGE_KINDS.map((k) => ({ value: k.value, label: k.label }))} value={[kind]} onChange={([k]) => setKind(k as FilingOperation)} />
        <Text className='wizard-card__note'>{CHANGE_KINDS.find((k) => k.value === kind)?.hint}</Text>
        {needsSites && (
          <>
            <Text>选择要变更的网站</Text>
            <ChipSelect id='change-sites' options={ours.map((w) => ({ value: w.websiteNumber, label: `${w.name ?? w.domains[0]}（${w.websiteNumber}）` }))} value={sites} onChange={setSites} />
          </>
        )}
        {CHANGE_RULES.map((r, i) => <Text key={i} className='wizard-card__note'>· {r}</Text>)}
        <Button id='start-change' className='wizard-primary' disabled={!!blocked || busy || (needsSites && sites.length === 0) || undefined} onClick={() => void startChange()}>
          开始{CHANGE_KINDS.find((k) => k.value === kind)?.label}
        </Button>
      </View>

      <Text className='wizard-section'>网站</Text>
      {subject.websites.length === 0 && <Text className='wizard-section__hint'>该主体下没有网站（空壳主体）。如不再需要，可以注销主体。</Text>}
      {subject.websites.map((w, i) => (
        <View key={w.websiteNumber} className='wizard-card' id={`manage-site-${i}`}>
          <Text className='wizard-card__title'>{w.name ?? w.domains[0]}</Text>
          <Text>{w.websiteNumber}</Text>
          <Text className='wizard-card__note'>{w.domains.join('、')}{w.accessedByUs ? '' : '（未接入本接入商）'}</Text>
          {w.accessedByUs && (
            <View className='manage__actions'>
              <Button id={`cancel-access-${i}`} className='wizard-secondary' disabled={!!blocked || undefined} onClick={() => setCancelling({ operation: 'CANCEL_ACCESS', website: w })}>取消接入</Button>
              <Button id={`cancel-website-${i}`} className='wizard-secondary wizard-danger' disabled={!!blocked || undefined} onClick={() => setCancelling({ operation: 'CANCEL_WEBSITE', website: w })}>注销网站</Button>
            </View>
          )}
        </View>
      ))}

      <Text className='wizard-section'>注销主体</Text>
      <View className='wizard-card'>
        <Text className='wizard-card__note'>删除主体及其下所有网站的备案信息，不可恢复。{subject.cancelSubjectBlockedBecause && !blocked ? subject.cancelSubjectBlockedBecause : ''}</Text>
        <Button id='cancel-subject' className='wizard-secondary wizard-danger' disabled={!!subject.cancelSubjectBlockedBecause || undefined} onClick={() => setCancelling({ operation: 'CANCEL_SUBJECT' })}>注销主体</Button>
      </View>

      <TransferOffer subjectNumber={subjectNumber} blockedBecause={blocked} />
      <Button className='wizard-secondary' id='back-home' onClick={() => Taro.reLaunch({ url: '/pages/home/index' })}>返回我的备案</Button>
    </View>
  )
}
