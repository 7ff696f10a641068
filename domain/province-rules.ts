import raw from './data/province-rules.json'
import { type ProvinceRuleSet, provinceRulesFile } from '../types/province-rules'
import { PROVINCE_CODES } from '../types/province'

const parsed = provinceRulesFile.safeParse(raw)
if (!parsed.success) {
  // A maintainer's edit broke the file: fail at load with the exact place.
  const issue = parsed.error.issues[0]
  throw new Error(`domain/data/province-rules.json is invalid at ${issue.path.join('.')}: ${issue.message}`)
}
const file = parsed.data

const resolved = new Map<string, ProvinceRuleSet>(
  PROVINCE_CODES.map((code) => {
    const { name: _name, $sources: _sources, ...overrides } = file.provinces[code] ?? { name: code }
    return [code, { ...file.defaults, ...overrides }]
  })
)

/** The filing rules of a province (its overrides on top of the defaults). */
export function provinceRules(province: string): ProvinceRuleSet {
  return resolved.get(province) ?? file.defaults
}
