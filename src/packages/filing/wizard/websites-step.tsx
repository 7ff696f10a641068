import { Button, Text, View } from '@tarojs/components'
import { isChange } from '../../../../domain/order/change-rules'
import type { WebsiteDraft } from '../../../../types/order'
import { asciiDomain } from '../../../../domain/rules/domain-name'
import { provinceRules } from '../../../../domain/province-rules'
import WebsiteCard from './website-card'
import type { OrderDraft } from './use-order-draft'

interface Props {
  draft: OrderDraft
  errorOf: (path: string) => string | undefined
}


/** A new website, prefilled with what is already known. */
export function newWebsite(existing: WebsiteDraft[], ip: string | undefined): WebsiteDraft {
  let n = existing.length + 1
  while (existing.some((w) => w.id === `w${n}`)) n++
  return { id: `w${n}`, domains: [''], ipRanges: ip ? [{ start: ip, end: ip }] : [], serviceType: 'WEBSITE', languages: ['ZH_HANS'], preApprovals: [], principal: 'SAME_AS_SUBJECT' }
}

/** 网站信息: one or more websites, each with one or more domains. */
export default function WebsitesStep({ draft, errorOf }: Props) {
  const order = draft.order!
  const personal = order.identity.hostNature === 'PERSONAL'
  const rules = provinceRules(order.identity.province)
  const max = personal ? rules.maxWebsitesPerOrder.personal : rules.maxWebsitesPerOrder.unit
  const verified = order.identity.domain.ascii
  const sites = draft.websites
  const hasVerified = (w: WebsiteDraft) => (w.domains ?? []).some((d) => asciiDomain(d) === verified)
  // In a 变更 the filed websites stay (no adding or removing) and domains may only be deleted.
  const change = isChange(order.type)

  return (
    <View className='wizard-step' id='websites-step'>
      {change && <Text className='wizard-banner wizard-banner--feedback' id='change-hint'>只修改需要变更的项；域名只能删除，不能新增或修改（新增域名请在变更完成后办理新增网站）。</Text>}
      {errorOf('websites') && <Text className='wizard-banner' id='error-websites'>{errorOf('websites')}</Text>}
      {sites.map((site, i) => (
        <WebsiteCard key={site.id} site={site} index={i} personal={personal}
          verifiedDomain={change ? null : (site.domains ?? []).find((d) => asciiDomain(d) === verified) ?? null}
          domainsDeleteOnly={change}
          errorOf={errorOf}
          onChange={(next) => draft.editWebsites(sites.map((w) => (w.id === site.id ? next : w)))}
          onRemove={change || hasVerified(site) ? undefined : () => draft.editWebsites(sites.filter((w) => w.id !== site.id))} />
      ))}
      {!change && sites.length < max && (
        <Button id='add-website' className='wizard-secondary' onClick={() => draft.editWebsites([...sites, newWebsite(sites, order.product?.ip)])}>
          ＋ 添加网站（本次最多 {max} 个）
        </Button>
      )}
    </View>
  )
}
