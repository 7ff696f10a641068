import { useMemo, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { VerifyTypeResult } from '../../../types/api/filing'
import type { AppError } from '../../../types/result'
import FormField from '../../components/form-field'
import SelectField from '../../components/select-field'
import { callFunction } from '../../services/cloud'
import { rememberVerification } from '../../services/verification-session'
import {
  FIELDS,
  type Field,
  type VerifyTypeForm,
  certificateOptions,
  checkSubmission,
  emptyForm,
  fieldErrors,
  hostNatureOptions,
  provinceOptions,
  withHostNature
} from './form'
import './index.scss'

/** 验证备案类型 — the first step of every new filing. */
export default function VerifyTypePage() {
  const [form, setForm] = useState<VerifyTypeForm>(emptyForm)
  const [touched, setTouched] = useState<Set<Field>>(new Set())
  const [serverError, setServerError] = useState<AppError | null>(null)
  const [busy, setBusy] = useState(false)

  const errors = useMemo(() => fieldErrors(form), [form])
  const shown = (f: Field) => (serverError?.field === f ? serverError.message : touched.has(f) ? errors[f] : undefined)

  const update = (patch: Partial<VerifyTypeForm>, field: Field) => {
    setForm((f) => ({ ...f, ...patch }))
    setTouched((t) => new Set(t).add(field))
    if (serverError?.field === field || !serverError?.field) setServerError(null)
  }
  const personal = form.hostNature === 'PERSONAL'

  const submit = async () => {
    setTouched(new Set(FIELDS))
    if (!checkSubmission(form).success) return
    setBusy(true)
    setServerError(null)
    const res = await callFunction<VerifyTypeResult>('filing', { action: 'verifyType', ...form })
    setBusy(false)
    if (!res.ok) {
      setServerError(res.error)
      return
    }
    rememberVerification({ form, result: res.data })
    const q = new URLSearchParams({
      type: res.data.filingType,
      domain: res.data.domain.unicode,
      province: form.province
    })
    Taro.navigateTo({ url: `/pages/verify-result/index?${q.toString()}` })
  }

  const remedy = serverError?.detail?.remedy as string | undefined
  return (
    <View className='verify-type'>
      <View className='verify-type__intro'>
        <Text className='verify-type__title'>验证备案类型</Text>
        <Text className='verify-type__desc'>填写主体证件和需备案的域名，系统将自动判断您的备案类型。</Text>
      </View>

      {serverError && !serverError.field && (
        <View className='verify-type__banner' id='form-error'>
          <Text className='verify-type__banner-title'>{serverError.message}</Text>
          {remedy && <Text className='verify-type__banner-remedy'>{remedy}</Text>}
        </View>
      )}

      <FormField id='province' label='备案省份' error={shown('province')}
        hint={personal ? '个人备案请选择身份证所在地或实际居住地' : '单位备案须选择证件登记地（如营业执照注册地）'}>
        <SelectField id='province-picker' options={provinceOptions} value={form.province} placeholder='请选择省份'
          onChange={(v) => update({ province: v }, 'province')} />
      </FormField>

      <FormField id='hostNature' label='主办单位性质' error={shown('hostNature')} hint='按实际性质选择，如企业法定代表人请选择“企业”'>
        <SelectField id='host-nature-picker' options={hostNatureOptions} value={form.hostNature} placeholder='请选择主办单位性质'
          onChange={(v) => {
            setForm((f) => withHostNature(f, v))
            setTouched((t) => new Set(t).add('hostNature'))
            setServerError(null)
          }} />
      </FormField>

      <FormField id='certificateType' label='证件类型' error={shown('certificateType')}>
        <SelectField id='certificate-type-picker' options={certificateOptions(form.hostNature)} value={form.certificateType}
          placeholder={form.hostNature ? '请选择证件类型' : '请先选择主办单位性质'} disabled={!form.hostNature}
          onChange={(v) => update({ certificateType: v }, 'certificateType')} />
      </FormField>

      <FormField id='certificateNumber' label='证件号码' error={shown('certificateNumber')} hint='请仔细核对号码，提交后不能修改'>
        <Input id='certificate-number' type={form.certificateType === 'RESIDENT_ID' ? 'idcard' : 'text'} maxlength={40}
          placeholder={personal ? '请输入证件号码' : '请输入统一社会信用代码等证件号码'}
          value={form.certificateNumber}
          onInput={(e) => update({ certificateNumber: e.detail.value }, 'certificateNumber')} />
      </FormField>

      <FormField id='domain' label='域名' error={shown('domain')} hint='填写主域名，如 example.com，不要带 www.'>
        <Input id='domain-input' type='text' maxlength={255} placeholder='example.com' value={form.domain}
          onInput={(e) => update({ domain: e.detail.value }, 'domain')} />
      </FormField>

      <View className='verify-type__actions'>
        <Button id='verify-submit' className='verify-type__submit' loading={busy} disabled={busy || undefined} onClick={submit}>
          验证备案类型
        </Button>
      </View>
    </View>
  )
}
