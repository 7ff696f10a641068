import type { SubjectDraft, WebsiteDraft } from '../../../../types/order'

/** The value at a pre-check field path (`subject.principal.mobile`, `websites.w1.name`). */
export function fieldValue(path: string, subject: SubjectDraft, websites: WebsiteDraft[]): unknown {
  const [root, ...rest] = path.split('.')
  let node: unknown
  if (root === 'subject') node = subject
  else if (root === 'websites' && rest.length) {
    node = websites.find((w) => w.id === rest[0])
    rest.shift()
  } else return undefined
  for (const key of rest) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined
  return node
}

/** Whether the person has entered something there (errors for empty fields wait until they move on). */
export const hasValue = (v: unknown) => (Array.isArray(v) ? v.some((x) => x !== '') : v !== undefined && v !== null && v !== '')
