import type { FilingOperation } from '../../../services/orders'

/** What each operation on an existing filing means for the applicant (seed ch. 5–8, spec §2.4–2.7). */
export const CHANGE_KINDS: Array<{ value: FilingOperation; label: string; hint: string }> = [
  { value: 'CHANGE_SUBJECT', label: '变更主体', hint: '修改主体信息，如通信地址、主体负责人的证件或联系方式。' },
  { value: 'CHANGE_WEBSITE', label: '变更网站', hint: '修改网站信息，如网站名称、网站负责人、接入 IP；域名只能删除，不能新增。' },
  { value: 'CHANGE_BOTH', label: '变更备案（主体和网站）', hint: '同时修改主体和网站信息。' }
]

export const CHANGE_RULES = [
  '只修改需要变更的项，其他信息保持不变；备案省份、证件号码不能变更，域名只能删除。',
  '个人备案，以及主体负责人与网站负责人为同一人的单位备案，修改联系方式（手机、邮箱、固定电话、应急联系电话）须选择“变更备案”。',
  '湖南、贵州：主体负责人（法定代表人）变更须选择“变更备案”，并提供新的网站负责人授权书。',
  '变更期间已备案的域名可以正常访问，请确保网站内容与备案信息相符；信息变化须提前 30 日申请变更。'
]

export interface CancelKind {
  title: string
  reasons: string[]
  consequences: string[]
  confirmLabel: string
}

export const CANCEL_KINDS: Record<'CANCEL_ACCESS' | 'CANCEL_WEBSITE' | 'CANCEL_SUBJECT', CancelKind> = {
  CANCEL_ACCESS: {
    title: '取消接入',
    reasons: ['已更换接入商（已在新接入商完成新增接入）', '网站不再使用', '服务器到期不再续费', '其他原因'],
    consequences: [
      '取消接入只删除网站在本接入商的接入信息，备案号保留。',
      '如果该网站没有在其他接入商接入，取消后将成为空壳网站，可能被管局注销，网站不能再提供服务；以后再使用该域名须重新备案。',
      '如有新的接入商，建议先在新接入商完成“新增接入”，再取消接入。',
      '初审约 1–2 个工作日，通过后须由您发送确认；取消接入不需要工信部短信核验。'
    ],
    confirmLabel: '我已了解取消接入的后果'
  },
  CANCEL_WEBSITE: {
    title: '注销网站',
    reasons: ['网站不再使用', '域名不再使用或已转让', '其他原因'],
    consequences: [
      '注销网站将删除该网站在工信部的备案信息，网站备案号作废且不可恢复，域名成为未备案，不能再提供网站服务。',
      '如只需删除多域名网站中的部分域名，请不要注销网站，应办理“变更网站”删除域名。',
      '一次只能注销一个网站，审核通过后再办理下一个。',
      '初审通过后须由您发送确认；提交管局后网站负责人手机会收到工信部短信验证码，须在 24 小时内完成核验。'
    ],
    confirmLabel: '我已了解注销网站不可恢复'
  },
  CANCEL_SUBJECT: {
    title: '注销主体',
    reasons: ['单位已注销或不再经营', '不再提供互联网信息服务', '其他原因'],
    consequences: [
      '注销主体将删除主体及其下所有网站在工信部的备案信息，全部备案号作废且不可恢复，主体下不能再提供任何互联网信息服务。',
      '如只需注销其中一个网站，请办理“注销网站”。',
      '初审通过后须由您发送确认；提交管局后主体负责人手机会收到工信部短信验证码，须在 24 小时内完成核验。'
    ],
    confirmLabel: '我已了解注销主体不可恢复'
  }
}
