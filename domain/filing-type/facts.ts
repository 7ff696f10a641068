import type { CertificateType } from '../../types/certificate'
import type { HostNature } from '../../types/host-nature'

/** A subject as the regulator's registry (工信部备案库) records it. */
export interface RegistrySubject {
  certificateType: CertificateType
  certificateNumber: string
  province: string
  hostNature: HostNature
  subjectNumber: string
  /** 空壳主体: every website of the subject was cancelled. */
  shell: boolean
  /** Filed through this provider (we are among its access providers). */
  ours: boolean
  /** An order of this subject is under 管局 review at another provider. */
  pendingAtRegulatorElsewhere: boolean
}

/** A website as the registry records it, found by one of its domains. */
export interface RegistryWebsite {
  websiteNumber: string
  subjectCertificateType: CertificateType
  subjectCertificateNumber: string
  /** This provider is among the website's access providers. */
  ours: boolean
}

/** Everything type determination needs to know, gathered by the caller. */
export interface FilingTypeFacts {
  /** The applicant's account has an order that is not finished (B01). */
  accountHasOpenOrder: boolean
  /** Another account at this provider has an unfinished order for the certificate (B06). */
  certificateHasOpenOrderInOtherAccount: boolean
  /** The subject is filed with us under another account (B07). */
  certificateFiledInOtherAccount: boolean
  /** Subject + domain exist in the provider's legacy system (B08 → 认领). */
  legacyRecordExists: boolean
  subject: RegistrySubject | null
  website: RegistryWebsite | null
  /** Province policy: a shell subject may add a website directly (B14). */
  shellSubjectMayAddSite: boolean
}
