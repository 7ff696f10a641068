import type { OrderType } from '../../../../types/order'
import type { Problem, WizardStep } from '../../../../domain/order/precheck'

export type StepKey = WizardStep | 'confirm'

export const STEP_LABELS: Record<StepKey, string> = {
  subject: '主体信息',
  websites: '网站信息',
  materials: '上传资料',
  verification: '真实性核验',
  confirm: '核对提交'
}

/** The wizard's steps for an order type (认领备案 has no websites or 核验). */
export function stepsFor(type: OrderType): StepKey[] {
  if (type === 'CLAIM') return ['subject', 'materials', 'confirm']
  // 变更主体 touches no website, so needs no 网站负责人 核验.
  if (type === 'CHANGE_SUBJECT') return ['subject', 'materials', 'confirm']
  return ['subject', 'websites', 'materials', 'verification', 'confirm']
}

/** Where a returning person continues: the first step with something left to do. */
export function resumeStep(type: OrderType, problems: readonly Problem[]): StepKey {
  const steps = stepsFor(type)
  return steps.find((s) => problems.some((p) => p.step === s)) ?? 'confirm'
}

export const isStepKey = (s: string | undefined): s is StepKey => !!s && s in STEP_LABELS
