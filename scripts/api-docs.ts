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
import { SANDBOX_CASES, SANDBOX_RECORDS } from '../server/sandbox/fixture'

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
  out.push(
    'Files (local runtime): `POST /api/files?purpose=ANY|DOCUMENT|PORTRAIT` (multipart, field `file`, applicant or reviewer token) → `{ fileID }` or the intake refusal; stored files are private — `GET /api/files/<name>?exp=…&sig=…` serves one only through a short-lived signed URL minted by `filing` / `fileUrl` (owner) or `review` / `materialImage` (reviewer); a wrong signature answers 403 `FILE.URL_INVALID`, an expired one 410 `FILE.URL_EXPIRED`. In the mini-program files go straight to cloud storage: `filing` / `uploadSlot`, `wx.cloud.uploadFile`, then `filing` / `acceptUpload`.',
    ''
  )
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

/** docs/sandbox.md: how to try every type-verification case by hand. */
export function renderSandboxDocs(): string {
  const out: string[] = []
  out.push('# The sandbox regulator', '')
  out.push('Generated from `server/sandbox/fixture.ts` by `npm run docs:api` — do not edit by hand.', '')
  out.push(
    'Locally the regulator registry (工信部备案库: subjects, websites, access providers), the provider\'s legacy records, other accounts and the cloud resources are a **sandbox** in the document database, seeded when `npm start` first runs (`--no-sandbox` / `ICP_SANDBOX=0` skips it). In production the same collections hold what reviewers record from the MIIT system.',
    '',
    'Open the mini-program (H5) at `/`, fill 验证备案类型 with a row below and press the button. Rows marked *demo account* need the sandbox demo applicant, who owns a subject filed with us: `POST /api/auth/applicant` with `{"sandboxAccount":"demo"}` (tests use it; the H5 app logs in as a new applicant).',
    '',
    '| case | what it shows | province | 主办单位性质 | 证件类型 | 证件号码 | 域名 | account | expected |',
    '|---|---|---|---|---|---|---|---|---|'
  )
  for (const c of SANDBOX_CASES) {
    const province = PROVINCES.find((p) => p.code === c.input.province)?.name ?? c.input.province
    const nature = HOST_NATURE_INFO[c.input.hostNature as keyof typeof HOST_NATURE_INFO].label
    const cert = CERTIFICATE_LABELS[c.input.certificateType as keyof typeof CERTIFICATE_LABELS]
    const expect = 'filingType' in c.expect ? `**${c.expect.filingType}**` : `\`${c.expect.code}\``
    out.push(`| ${c.row} | ${c.title} | ${province} | ${nature} | ${cert} | \`${c.input.certificateNumber}\` | \`${c.input.domain}\` | ${c.account === 'demo' ? 'demo account' : 'any'} | ${expect} |`)
  }
  out.push('', 'B01 (an order already in progress in the account): create an order (`createOrder`), then verify again with another domain.', '')
  out.push('## Cloud resources for 产品验证', '', '| server IP / 备案授权码 | what it shows |', '|---|---|')
  for (const r of SANDBOX_RECORDS.resources as Array<{ _id: string; kind: string; ip: string; description: string }>) {
    if (r.kind === 'AUTH_CODE' && /^BA00(0[3-9]|1\d|20)DEMO$/.test(r._id)) continue
    out.push(`| ${r.kind === 'SERVER' ? `\`${r.ip}\`` : `\`${r._id}\``} | ${r.description} |`)
  }
  out.push('| `BA0003DEMO` … `BA0020DEMO` | more one-time 备案授权码 |', '')
  return out.join('\n')
}

if (require.main === module) {
  const { writeFileSync } = require('node:fs') as typeof import('node:fs')
  const { projectRoot } = require('../test/support/root') as typeof import('../test/support/root')
  const path = require('node:path') as typeof import('node:path')
  for (const [name, render] of [['api.md', renderApiDocs], ['sandbox.md', renderSandboxDocs]] as const) {
    const file = path.join(projectRoot(), 'docs', name)
    writeFileSync(file, render())
    console.log(`wrote ${file}`)
  }
}
