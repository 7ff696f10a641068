/** Lifecycle settings where sources disagree (spec §11); defaults follow the seeds. */
export interface LifecyclePolicy {
  /** 撤销 from 待提交管局: Huawei (seed) allows it, Tencent/WeChat do not. */
  withdrawAfterInitialApproval: boolean
  /** Idle days after which an editable order expires (Tencent: 45). */
  idleDaysToExpire: number
  /** Call-back rule (spec §8.2): unanswered calls, this many minutes apart, before 电话不通 may be given. */
  unreachableCalls?: number
  callRetryMinutes?: number
}

export const DEFAULT_POLICY: LifecyclePolicy = { withdrawAfterInitialApproval: true, idleDaysToExpire: 45, unreachableCalls: 2, callRetryMinutes: 60 }
