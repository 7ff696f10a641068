import { Button, Input, Text, View } from '@tarojs/components'
import type { PreApproval, WebsiteDraft } from '../../../../types/order'
import { CONTENT_TYPES, LANGUAGES, PERSONAL_CONTENT_TYPES, PRE_APPROVAL_TYPES, SERVICE_TYPES } from '../../../../types/website-options'
import ChipSelect from '../../../components/chip-select'
import FormField from '../../../components/form-field'
import ImageUpload from '../../../components/image-upload'
import PrincipalForm from '../../../components/principal-form'
import SelectField from '../../../components/select-field'
import TextField, { domId } from '../../../components/text-field'

interface Props {
  site: WebsiteDraft
  index: number
  personal: boolean
  /** The domain fixed by type verification, when this site carries it. */
  verifiedDomain: string | null
  /** 变更: filed domains can be removed (keeping at least one) but not edited or added. */
  domainsDeleteOnly?: boolean
  onChange: (next: WebsiteDraft) => void
  onRemove?: () => void
  errorOf: (path: string) => string | undefined
}

const options = (o: Record<string, string>, only?: readonly string[]) =>
  Object.entries(o).filter(([v]) => !only || only.includes(v)).map(([value, label]) => ({ value, label }))

const formatIp = (w: WebsiteDraft) => (w.ipRanges ?? []).map((r) => (r.start === r.end ? r.start : `${r.start}-${r.end}`)).join(', ')
const parseIp = (text: string) =>
  text.split(/[,，\s]+/).filter(Boolean).map((part) => {
    const [start, end] = part.split('-')
    return { start: start.trim(), end: (end ?? start).trim() }
  })

/** 网站信息 of one website: name, domains, access, service, 前置审批, 网站负责人. */
export default function WebsiteCard({ site, index, personal, verifiedDomain, domainsDeleteOnly, onChange, onRemove, errorOf }: Props) {
  const at = (f: string) => `websites.${site.id}.${f}`
  const set = (patch: Partial<WebsiteDraft>) => onChange({ ...site, ...patch })
  const domains = site.domains ?? []
  const approvals = site.preApprovals ?? []
  const setApproval = (type: string, patch: Partial<PreApproval>) =>
    set({ preApprovals: approvals.map((a) => (a.type === type ? { ...a, ...patch } : a)) })
  const ownPrincipal = site.principal && site.principal !== 'SAME_AS_SUBJECT' ? site.principal : null

  return (
    <View className='wizard-card wizard-card--site' id={`site-${site.id}`}>
      <View className='wizard-card__head'>
        <Text className='wizard-card__title'>网站 {index + 1}</Text>
        {onRemove && <Button id={`site-${site.id}-remove`} className='wizard-link' onClick={onRemove}>删除此网站</Button>}
      </View>
      <TextField path={at('name')} label='网站名称' value={site.name} maxlength={50} error={errorOf(at('name'))}
        hint={personal ? '个人网站名称不能使用单位、企业、组织或省份等字样，不能是纯数字或字母' : '与网站实际内容相符，不能使用“论坛”“商城”等超出资质的名称'}
        onChange={(name) => set({ name })} />
      <FormField id={domId(at('domains'))} label='网站域名' error={errorOf(at('domains'))} hint='一个网站可以有多个域名，不要带 www. 和 http://'>
        <View className='wizard-domains'>
          {domains.map((d, i) => (
            <View key={i} className='wizard-domains__row'>
              {d === verifiedDomain ? (
                <Text className='wizard-domains__fixed' id={`site-${site.id}-domain-${i}`}>{d}（已验证，不能修改）</Text>
              ) : domainsDeleteOnly ? (
                <>
                  <Text className='wizard-domains__fixed' id={`site-${site.id}-domain-${i}`}>{d}</Text>
                  {domains.length > 1 && <Text className='wizard-link' id={`site-${site.id}-domain-${i}-remove`} onClick={() => set({ domains: domains.filter((_, j) => j !== i) })}>删除</Text>}
                </>
              ) : (
                <>
                  <Input id={`site-${site.id}-domain-${i}`} className='wizard-domains__input' maxlength={255} placeholder='example.com' value={d}
                    onInput={(e) => set({ domains: domains.map((x, j) => (j === i ? e.detail.value : x)) })} />
                  <Text className='wizard-link' onClick={() => set({ domains: domains.filter((_, j) => j !== i) })}>移除</Text>
                </>
              )}
            </View>
          ))}
          {!domainsDeleteOnly && <Button id={`site-${site.id}-add-domain`} className='wizard-link' onClick={() => set({ domains: [...domains, ''] })}>＋ 添加域名</Button>}
        </View>
      </FormField>
      <TextField path={at('ipRanges')} label='网站接入 IP' value={formatIp(site)} maxlength={100} error={errorOf(at('ipRanges'))}
        hint='已按产品验证填写；多个 IP 用逗号分隔，地址段写成 起始-结束' onChange={(t) => set({ ipRanges: parseIp(t) })} />
      <FormField id={domId(at('serviceType'))} label='服务类型' error={errorOf(at('serviceType'))}>
        <SelectField id={`site-${site.id}-service-type`} options={options(SERVICE_TYPES)} value={site.serviceType ?? ''} placeholder='请选择服务类型'
          onChange={(serviceType) => set({ serviceType })} />
      </FormField>
      <FormField id={domId(at('contentTypes'))} label='网站服务内容' error={errorOf(at('contentTypes'))}
        hint={personal ? '个人网站只能选择“博客/个人空间”或“其他”' : '按网站实际内容选择'}>
        <ChipSelect id={`site-${site.id}-content`} options={options(CONTENT_TYPES, personal ? PERSONAL_CONTENT_TYPES : undefined)} value={site.contentTypes ?? []}
          onChange={(contentTypes) => set({ contentTypes })} />
      </FormField>
      <FormField id={domId(at('languages'))} label='网站语言' error={errorOf(at('languages'))}>
        <ChipSelect id={`site-${site.id}-languages`} options={options(LANGUAGES)} value={site.languages ?? []} onChange={(languages) => set({ languages })} />
      </FormField>
      {!personal && (
        <FormField id={domId(at('preApprovals'))} label='前置审批' error={errorOf(at('preApprovals'))}
          hint='网站涉及以下内容时，须先取得主管部门的审批，并填写审批号、上传审批文件'>
          <View className='wizard-approvals'>
            <ChipSelect id={`site-${site.id}-approvals`} options={[{ value: 'NONE', label: '以上都不涉及' }, ...options(PRE_APPROVAL_TYPES)]}
              value={approvals.length ? approvals.map((a) => a.type) : ['NONE']}
              onChange={(v) => {
                const picked = v.filter((x) => x !== 'NONE')
                // Ticking 以上都不涉及 clears the rest.
                if (v.includes('NONE') && approvals.length) return set({ preApprovals: [] })
                set({ preApprovals: picked.map((type) => approvals.find((a) => a.type === type) ?? { type, number: '' }) })
              }} />
            {approvals.map((a) => (
              <View key={a.type} className='wizard-approvals__item'>
                <TextField path={`${at('preApprovals')}.${a.type}.number`} label={`${PRE_APPROVAL_TYPES[a.type as keyof typeof PRE_APPROVAL_TYPES]}审批号`}
                  value={a.number} maxlength={60} onChange={(number) => setApproval(a.type, { number })} />
                <ImageUpload id={`site-${site.id}-approval-${a.type}`} label='审批文件' guide='上传审批文件原件的彩色照片或扫描件' uploaded={!!a.fileID}
                  onUploaded={async (fileID) => {
                    setApproval(a.type, { fileID })
                    return null
                  }} />
              </View>
            ))}
          </View>
        </FormField>
      )}
      <FormField id={domId(at('principal'))} label='网站负责人' error={errorOf(at('principal'))}>
        <ChipSelect id={`site-${site.id}-principal-choice`} single
          options={[{ value: 'SAME', label: '同主体负责人' }, { value: 'OTHER', label: '填写其他负责人' }]}
          value={[ownPrincipal ? 'OTHER' : 'SAME']}
          onChange={([v]) => set({ principal: v === 'SAME' ? 'SAME_AS_SUBJECT' : ownPrincipal ?? {} })} />
      </FormField>
      {ownPrincipal && (
        <PrincipalForm path={at('principal')} value={ownPrincipal} errorOf={errorOf} onChange={(principal) => set({ principal })} />
      )}
      <TextField path={at('remark')} label='网站备注（选填）' value={site.remark} maxlength={200}
        hint='简要说明网站内容，如“公司产品介绍”' onChange={(remark) => set({ remark })} />
    </View>
  )
}
