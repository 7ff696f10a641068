import raw from '../../domain/data/province-rules.json'
import { provinceRules } from '../../domain/province-rules'
import { provinceRulesFile } from '../../types/province-rules'
import { PROVINCE_CODES } from '../../types/province'

describe('province rules data (spec §4.16–4.18)', () => {
  it('is valid against its schema and covers all 31 provinces', () => {
    const file = provinceRulesFile.parse(raw)
    expect(Object.keys(file.provinces).sort()).toEqual([...PROVINCE_CODES].sort())
  })
  it.each([
    ['65', 'partyBuildingLetter', true],
    ['54', 'partyBuildingLetter', true],
    ['11', 'partyBuildingLetter', false],
    ['33', 'regulatorReviewMaxWorkingDays', 30],
    ['44', 'regulatorReviewMaxWorkingDays', 20],
    ['43', 'mobileMustBeLocal', true],
    ['44', 'commitmentLetter', 'GUANGDONG_COMMITMENT'],
    ['41', 'shellSubjectMayAddSite', false],
    ['12', 'shellSubjectMayAddSite', true],
    ['65', 'maxDomainsPerWebsite', 1]
  ] as const)('%s has %s = %j', (province, key, value) => {
    expect(provinceRules(province)[key]).toEqual(value)
  })
  it('refuses a broken edit with the place of the mistake', () => {
    const broken = { ...raw, provinces: { ...raw.provinces, '11': { name: '北京市', minAge: -1 } } }
    const r = provinceRulesFile.safeParse(broken)
    expect(r.success).toBe(false)
    expect(!r.success && r.error.issues[0].path).toEqual(['provinces', '11', 'minAge'])
  })
})
