/** Masks for lists and logs: enough to recognise, not enough to misuse. */
export const maskCertificate = (n: string): string => (n.length <= 8 ? `${n.slice(0, 1)}****${n.slice(-1)}` : `${n.slice(0, 4)}**********${n.slice(-4)}`)
export const maskPhone = (p: string): string => (p.length >= 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : '****')
export const maskEmail = (e: string): string => e.replace(/^(.).*(@.*)$/, '$1***$2')
