import { Text, View } from '@tarojs/components'
import { isChange } from '../../../../domain/order/change-rules'
import type { SubjectDraft } from '../../../../types/order'
import { CERTIFICATE_LABELS } from '../../../../types/certificate'
import { HOST_NATURE_INFO } from '../../../../types/host-nature'
import { provinceByCode } from '../../../../types/province'
import PrincipalForm from '../../../components/principal-form'
import TextField from '../../../components/text-field'
import type { OrderDraft } from './use-order-draft'

interface Props {
  draft: OrderDraft
  errorOf: (path: string) => string | undefined
}

/** 主体信息: who files, per host nature, and the 主体负责人. */
export default function SubjectStep({ draft, errorOf }: Props) {
  const order = draft.order!
  const { identity } = order
  const personal = identity.hostNature === 'PERSONAL'
  const locked = order.type === 'ADD_SITE_OURS' || order.type === 'CHANGE_WEBSITE'
  const change = isChange(order.type)
  const s = draft.subject
  const set = (patch: Partial<SubjectDraft>) => draft.editSubject({ ...s, ...patch })

  return (
    <View className='wizard-step' id='subject-step'>
      <View className='wizard-card wizard-card--fixed' id='identity-card'>
        <Text className='wizard-card__title'>{change ? '不能变更的信息' : '验证备案类型时确定的信息'}</Text>
        <Text>备案省份：{provinceByCode(identity.province)?.name}</Text>
        <Text>主办单位性质：{HOST_NATURE_INFO[identity.hostNature].label}</Text>
        <Text>证件类型：{CERTIFICATE_LABELS[identity.certificateType]}</Text>
        <Text>证件号码：{identity.certificateNumber}</Text>
        <Text className='wizard-card__note'>
          {change ? '备案省份和证件号码不能变更；更换主体请注销后重新备案。' : '这些信息决定了备案类型，不能在此修改；如填写有误，请放弃本订单后重新验证备案类型。'}
        </Text>
      </View>

      {locked ? (
        <View className='wizard-card' id='subject-locked'>
          <Text className='wizard-card__title'>沿用已备案的主体信息</Text>
          <Text>{s.name}</Text>
          <Text className='wizard-card__note'>
            {change ? '变更网站不修改主体信息；如需同时修改主体信息，请放弃本订单后选择“变更备案（主体和网站）”。' : '新增网站（原备案在本接入商）不修改主体信息；如需修改，请在网站备案成功后办理变更备案。'}
          </Text>
        </View>
      ) : (
        <View>
          {order.filedRecord && (
            <Text className='wizard-banner wizard-banner--feedback' id='record-hint'>
              主体已在其他接入商备案（{order.filedRecord.subjectNumber}）：主体{order.type === 'ADD_ACCESS' ? '和网站' : ''}信息须与原备案信息一致，已按原备案填入名称；如原备案信息有误，请先在原接入商办理变更。
            </Text>
          )}
          {change && <Text className='wizard-banner wizard-banner--feedback' id='change-hint'>只修改需要变更的项，其他信息请保持不变；修改过的项会在“核对提交”中列出。</Text>}
          <Text className='wizard-section'>主办{personal ? '者' : '单位'}信息</Text>
          <TextField path='subject.name' label={personal ? '主办者姓名' : '主办单位名称'} value={s.name} maxlength={100}
            hint={personal ? '与身份证上的姓名一致' : '与营业执照等证件上的名称完全一致'} error={errorOf('subject.name')}
            onChange={(name) => set(personal && (!s.principal?.name || s.principal.name === s.name) ? { name, principal: { ...s.principal, name } } : { name })} />
          <TextField path='subject.certificateAddress' label='证件住所' value={s.certificateAddress} maxlength={200}
            hint='证件上登记的地址，按证件填写' error={errorOf('subject.certificateAddress')} onChange={(certificateAddress) => set({ certificateAddress })} />
          <TextField path='subject.mailingAddress' label='通信地址' value={s.mailingAddress} maxlength={200}
            hint='能收到信件的实际地址，须精确到门牌号或房间号，与证件住所在同一省份' error={errorOf('subject.mailingAddress')}
            onChange={(mailingAddress) => set({ mailingAddress })} />
          {!personal && (
            <>
              <TextField path='subject.investor' label='投资人或主管单位' value={s.investor} maxlength={100}
                hint='企业填写股东（投资人）全称，其他单位填写主管单位' error={errorOf('subject.investor')} onChange={(investor) => set({ investor })} />
              <TextField path='subject.legalRepresentative' label='法定代表人' value={s.legalRepresentative} maxlength={40}
                error={errorOf('subject.legalRepresentative')} onChange={(legalRepresentative) => set({ legalRepresentative })} />
            </>
          )}
          <Text className='wizard-section'>主体负责人</Text>
          <Text className='wizard-section__hint'>{personal ? '个人备案的主体负责人即本人。' : '一般为法定代表人；部分省份允许授权他人，须上传授权书。'}</Text>
          <PrincipalForm path='subject.principal' value={s.principal ?? {}} errorOf={errorOf} certificateFixed={personal}
            onChange={(principal) => set({ principal })} />
          <TextField path='subject.remark' label='备注（选填）' value={s.remark} maxlength={200} onChange={(remark) => set({ remark })} />
        </View>
      )}
    </View>
  )
}
