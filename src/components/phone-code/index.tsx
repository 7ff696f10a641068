import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { isMobile, normalizeMobile } from '../../../domain/rules/contact'
import { smsApi } from '../../services/sms'
import './index.scss'

interface Props {
  /** DOM id prefix, e.g. `subject-principal`. */
  id: string
  phone?: string
}

/** Phones this account proved, shared by every instance on the page (one request). */
let provenOnce: Promise<string[]> | null = null
const loadProven = () => (provenOnce ??= smsApi.provenPhones().then((r) => (r.ok ? r.data.phones : [])))

/**
 * 获取验证码 under a principal's mobile: proves the number belongs to someone
 * who can read its messages (Tencent's flow). Countdown until a resend is
 * allowed; every refusal shows the server's reason and when to try again.
 */
export default function PhoneCode({ id, phone }: Props) {
  const [code, setCode] = useState('')
  const [resendAt, setResendAt] = useState(0)
  const [now, setNow] = useState(Date.now())
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [proven, setProven] = useState<string[]>([])
  const valid = !!phone && isMobile(phone)
  useEffect(() => {
    void loadProven().then(setProven)
  }, [])
  const wait = Math.max(0, Math.ceil((resendAt - now) / 1000))

  useEffect(() => {
    if (!wait) return
    const t = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(t)
  }, [wait > 0])

  if (valid && proven.includes(normalizeMobile(phone!))) return <Text className='phone-code__done' id={`${id}-phone-verified`}>✓ 手机号已验证</Text>

  const send = async () => {
    if (!valid || busy) return
    setBusy(true)
    const res = await smsApi.sendCode(normalizeMobile(phone!))
    setBusy(false)
    setNow(Date.now())
    if (res.ok) {
      setResendAt(Date.parse(res.data.resendAt))
      setMessage({ ok: true, text: `验证码已发送至 ${res.data.phone}，${res.data.ttlMinutes} 分钟内有效` })
    } else {
      const retryAt = res.error.detail?.retryAt
      if (typeof retryAt === 'string') setResendAt(Date.parse(retryAt))
      setMessage({ ok: false, text: res.error.message })
    }
  }
  const verify = async () => {
    if (!valid || busy || code.length !== 6) return
    setBusy(true)
    const res = await smsApi.verifyCode(normalizeMobile(phone!), code)
    setBusy(false)
    if (res.ok) {
      const verified = normalizeMobile(phone!)
      provenOnce = loadProven().then((list) => [...list, verified])
      setProven(await provenOnce)
      setCode('')
      setMessage(null)
    } else setMessage({ ok: false, text: res.error.message })
  }

  return (
    <View className='phone-code' id={`${id}-phone-code`}>
      <View className='phone-code__row'>
        <Input id={`${id}-code-input`} className='phone-code__input' type='number' maxlength={6} placeholder='短信验证码' value={code} onInput={(e) => setCode(e.detail.value.trim())} />
        <Button id={`${id}-send-code`} className='phone-code__send' size='mini' disabled={!valid || wait > 0 || busy || undefined} onClick={send}>
          {wait > 0 ? `${wait} 秒后重发` : '获取验证码'}
        </Button>
        <Button id={`${id}-verify-code`} className='phone-code__verify' size='mini' disabled={code.length !== 6 || busy || undefined} onClick={verify}>验证</Button>
      </View>
      {message && <Text className={`phone-code__message${message.ok ? '' : ' phone-code__message--error'}`} id={`${id}-code-message`}>{message.text}</Text>}
    </View>
  )
}
