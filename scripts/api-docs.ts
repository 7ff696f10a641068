/**
 * Renders docs/api.md from the zod schemas of every cloud function action
 * (cloud/catalogue.ts). `npm run docs:api` writes it; a unit test fails when
 * the committed file is out of date.
 */
import { z } from 'zod'
import { FUNCTION_CATALOGUE } from '../cloud/catalogue'
import { CERTIFICATE_LABELS } from '../types/certificate'
import { HOST_NATURES, HOST_NATURE_INFO } from '../types/host-nature'
import { PROVINCES } from '../types/province'

type JsonSchema = { type?: string; enum?: unknown[]; properties?: Record<string, JsonSchema>; required?: string[]; maxLength?: number; items?: JsonSchema }

const describeType = (s: JsonSchema): string => {
  if (s.enum) return s.enum.length > 8 ? `enum (${s.enum.length} values, see below)` : s.enum.map((v) => `\`${String(v)}\``).join(' \\| ')
  if (s.type === 'array' && s.items) return `array of ${describeType(s.items)}`
  return `${s.type ?? 'any'}${s.maxLength ? ` (≤ ${s.maxLength})` : ''}`
}

export function renderApiDocs(): string {
  const out: string[] = []
  out.push('# Cloud function API', '')
  out.push('Generated from the zod schemas by `npm run docs:api` — do not edit by hand.', '')
  out.push('Every call answers `{ "ok": true, "data": … }` or `{ "ok": false, "error": { "code", "message", "field"? , "detail"? } }`.')
  out.push('Locally: `POST /api/functions/<function>` with the event as JSON and `Authorization: Bearer <token>` (see ../shared/spec/local-api.md). In the mini-program: `wx.cloud.callFunction({ name, data: event })`.', '')
  out.push('Errors every action can answer with: `REQUEST.INVALID`, `REQUEST.ACTION_MISSING`, `REQUEST.UNKNOWN_ACTION`, `VALIDATION.REQUIRED`, `VALIDATION.INVALID` (with `field`), `AUTH.REQUIRED`, `INTERNAL.ERROR`.', '')
  for (const [fn, { description, actions }] of Object.entries(FUNCTION_CATALOGUE)) {
    out.push(`## \`${fn}\``, '', description, '')
    for (const [name, def] of Object.entries(actions)) {
      out.push(`### \`${fn}\` / \`${name}\``, '', def.summary, '')
      const schema = z.toJSONSchema(def.input, { io: 'input' }) as JsonSchema
      out.push('| field | type | required |', '|---|---|---|', `| \`action\` | \`"${name}"\` | yes |`)
      for (const [field, s] of Object.entries(schema.properties ?? {}))
        out.push(`| \`${field}\` | ${describeType(s)} | ${schema.required?.includes(field) ? 'yes' : 'no'} |`)
      out.push('')
      if (def.errors) {
        out.push('| error code | meaning |', '|---|---|')
        for (const [code, meaning] of Object.entries(def.errors)) out.push(`| \`${code}\` | ${meaning} |`)
        out.push('')
      }
    }
  }
  out.push('## Value lists', '', '### `province` (GB/T 2260, the 31 provinces with a 管局)', '', '| code | province | number prefix |', '|---|---|---|')
  for (const p of PROVINCES) out.push(`| \`${p.code}\` | ${p.name} | ${p.abbr}ICP备 |`)
  out.push('', '### `hostNature` → allowed `certificateType` (spec §4.10, with MIIT codes)', '', '| hostNature | 主办单位性质 (MIIT) | certificateType (MIIT code) |', '|---|---|---|')
  for (const n of HOST_NATURES) {
    const info = HOST_NATURE_INFO[n]
    out.push(`| \`${n}\` | ${info.label} (${info.miitCode}) | ${info.certificates.map((c) => `\`${c.type}\` ${CERTIFICATE_LABELS[c.type]} (${c.miitCode})`).join('<br>')} |`)
  }
  out.push('')
  return out.join('\n')
}

if (require.main === module) {
  const { writeFileSync } = require('node:fs') as typeof import('node:fs')
  const { projectRoot } = require('../test/support/root') as typeof import('../test/support/root')
  const file = require('node:path').join(projectRoot(), 'docs', 'api.md')
  writeFileSync(file, renderApiDocs())
  console.log(`wrote ${file}`)
}
