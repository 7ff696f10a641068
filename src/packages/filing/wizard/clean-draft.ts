import type { PrincipalDraft, SubjectDraft, WebsiteDraft } from '../../../../types/order'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Drops empty strings and half-typed dates, which a draft save would refuse. */
function cleanObject<T extends object>(o: T): T {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(o)) if (v !== '' && v !== undefined) out[k] = v
  return out as T
}

export function cleanPrincipal(p: PrincipalDraft): PrincipalDraft {
  const c = cleanObject(p)
  if (c.certificateValidTo && c.certificateValidTo !== 'LONG_TERM' && !DATE.test(c.certificateValidTo)) delete c.certificateValidTo
  return c
}

export function cleanSubject(s: SubjectDraft): SubjectDraft {
  const c = cleanObject(s)
  if (c.principal) c.principal = cleanPrincipal(c.principal)
  return c
}

export function cleanWebsites(ws: WebsiteDraft[]): WebsiteDraft[] {
  return ws.map((w) => {
    const c = cleanObject(w)
    if (c.domains) c.domains = c.domains.map((d) => d.trim()).filter(Boolean)
    if (c.ipRanges) c.ipRanges = c.ipRanges.filter((r) => r.start.trim() && r.end.trim())
    if (c.preApprovals) c.preApprovals = c.preApprovals.map((a) => ({ type: a.type, number: a.number ?? '', ...(a.fileID ? { fileID: a.fileID } : {}) }))
    if (c.principal && c.principal !== 'SAME_AS_SUBJECT') c.principal = cleanPrincipal(c.principal)
    return c
  })
}
