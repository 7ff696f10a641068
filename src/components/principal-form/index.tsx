import { Input, View } from '@tarojs/components'
import type { PrincipalDraft } from '../../../types/order'
import { CERTIFICATE_LABELS, PERSONAL_CERTIFICATE_TYPES } from '../../../types/certificate'
import ChipSelect from '../chip-select'
import FormField from '../form-field'
import './index.scss'
import SelectField from '../select-field'
import TextField, { domId } from '../text-field'
import PhoneCode from '../phone-code'

interface Props {
  /** e.g. `subject.principal` or `websites.w1.principal` */
  path: string
  value: PrincipalDraft
  onChange: (next: PrincipalDraft) => void
  errorOf: (path: string) => string | undefined
  /** The certificate is fixed (personal filing: the applicant themself). */
  certificateFixed?: boolean
}

const certificateOptions = PERSONAL_CERTIFICATE_TYPES.map((t) => ({ value: t, label: CERTIFICATE_LABELS[t] }))

/** 负责人信息: the person answerable for the subject or a website. */
export default function PrincipalForm({ path, value, onChange, errorOf, certificateFixed }: Props) {
  const set = (patch: Partial<PrincipalDraft>) => onChange({ ...value, ...patch })
  const longTerm = value.certificateValidTo === 'LONG_TERM'
  const fixedHint = certificateFixed ? '个人备案的负责人为本人，证件信息来自验证备案类型，不能修改' : undefined
  return (
    <View className='principal-form'>
      <TextField path={`${path}.name`} label='姓名' value={value.name} onChange={(name) => set({ name })} error={errorOf(`${path}.name`)} maxlength={40} />
      <FormField id={domId(`${path}.certificateType`)} label='证件类型' error={errorOf(`${path}.certificateType`)} hint={fixedHint}>
        <SelectField id={`${domId(path)}-certificate-type-picker`} options={certificateOptions} value={value.certificateType ?? ''} placeholder='请选择证件类型'
          disabled={certificateFixed} onChange={(v) => set({ certificateType: v as PrincipalDraft['certificateType'] })} />
      </FormField>
      <TextField path={`${path}.certificateNumber`} label='证件号码' value={value.certificateNumber} disabled={certificateFixed}
        type={value.certificateType === 'RESIDENT_ID' ? 'idcard' : 'text'} maxlength={40}
        onChange={(certificateNumber) => set({ certificateNumber })} error={errorOf(`${path}.certificateNumber`)} hint='请检查号码的正确性' />
      {value.certificateType === 'HK_MACAO_PERMIT' && (
        <TextField path={`${path}.hkMacaoIdNumber`} label='港澳居民身份证号码' value={value.hkMacaoIdNumber} maxlength={20} placeholder='如 A123456(7)'
          onChange={(hkMacaoIdNumber) => set({ hkMacaoIdNumber })} error={errorOf(`${path}.hkMacaoIdNumber`)}
          hint='印在通行证背面。浙江备案的工信部短信核验需输入此号码后 6 位，其他省份可不填' />
      )}
      <FormField id={domId(`${path}.certificateValidTo`)} label='证件有效期至' error={errorOf(`${path}.certificateValidTo`)} hint='按证件背面填写，如 2035-08-01；长期有效请选“长期”'>
        <View className='principal-form__validity'>
          {!longTerm && (
            <Input id={`${domId(path)}-certificateValidTo-input`} className='principal-form__date' type='text' maxlength={10} placeholder='YYYY-MM-DD'
              value={value.certificateValidTo ?? ''} onInput={(e) => set({ certificateValidTo: e.detail.value })} />
          )}
          <ChipSelect id={`${domId(path)}-long-term`} options={[{ value: 'LONG_TERM', label: '长期' }]} value={longTerm ? ['LONG_TERM'] : []}
            onChange={(v) => set({ certificateValidTo: v.length ? 'LONG_TERM' : '' })} />
        </View>
      </FormField>
      <TextField path={`${path}.mobile`} label='手机号码' type='number' maxlength={11} value={value.mobile} onChange={(mobile) => set({ mobile })}
        error={errorOf(`${path}.mobile`)} hint='管局将向此号码发送核验短信，请填写本人实名登记的号码' />
      <PhoneCode id={domId(path)} phone={value.mobile} />
      <TextField path={`${path}.officePhone`} label='办公电话（选填）' type='text' maxlength={24} value={value.officePhone} placeholder='如 010-12345678'
        onChange={(officePhone) => set({ officePhone })} error={errorOf(`${path}.officePhone`)} />
      <TextField path={`${path}.emergencyPhone`} label='应急联系电话（选填）' type='text' maxlength={20} value={value.emergencyPhone}
        onChange={(emergencyPhone) => set({ emergencyPhone })} error={errorOf(`${path}.emergencyPhone`)} hint='不能与负责人手机号码相同' />
      <TextField path={`${path}.email`} label='电子邮箱' maxlength={100} value={value.email} onChange={(email) => set({ email })} error={errorOf(`${path}.email`)} />
    </View>
  )
}
