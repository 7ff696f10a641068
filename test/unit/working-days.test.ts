import { addWorkingDays, isWorkingDay, slaState, workingDaysBetween } from '../../domain/calendar/working-days'

const cst = (s: string) => new Date(`${s}+08:00`)

describe('working days with Chinese public holidays', () => {
  it.each([
    ['2026-11-23', true], // Monday
    ['2026-11-22', false], // Sunday
    ['2026-10-01', false], // 国庆节
    ['2026-10-10', true], // Saturday, 调休上班
    ['2026-02-14', true], // Saturday, 调休上班 before 春节
    ['2026-02-18', false], // 春节
    ['2025-01-26', true], // Sunday, 调休上班
    ['2025-05-05', false] // 劳动节
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected)
  })

  it('skips the weekend: Friday 15:00 + 1 working day = Monday 15:00', () => {
    expect(addWorkingDays(cst('2026-11-20T15:00:00'), 1)).toEqual(cst('2026-11-23T15:00:00'))
  })

  it('skips 国庆节 and counts the 调休 Saturday: 9-30 + 2 working days = 10-09 (Fri), 3 = 10-10 (Sat, workday)', () => {
    expect(addWorkingDays(cst('2026-09-30T10:00:00'), 1)).toEqual(cst('2026-10-08T10:00:00'))
    expect(addWorkingDays(cst('2026-09-30T10:00:00'), 2)).toEqual(cst('2026-10-09T10:00:00'))
    expect(addWorkingDays(cst('2026-09-30T10:00:00'), 3)).toEqual(cst('2026-10-10T10:00:00'))
  })

  it('a submission on a day off starts the clock at the next working day', () => {
    expect(addWorkingDays(cst('2026-11-21T22:00:00'), 1)).toEqual(cst('2026-11-24T00:00:00'))
  })

  it('works in China time whatever the UTC date', () => {
    // 2026-11-23 01:00 in China is still 2026-11-22 (Sunday) in UTC.
    expect(addWorkingDays(cst('2026-11-23T01:00:00'), 1)).toEqual(cst('2026-11-24T01:00:00'))
  })

  it('colours the 初审 SLA: OK, NEAR after one working day, PAST after two', () => {
    const since = cst('2026-11-20T15:00:00') // Friday
    expect(slaState(since, cst('2026-11-22T12:00:00')).level).toBe('OK')
    expect(slaState(since, cst('2026-11-23T15:00:00')).level).toBe('NEAR')
    expect(slaState(since, cst('2026-11-24T15:00:00'))).toEqual({ level: 'PAST', due: cst('2026-11-24T15:00:00') })
    expect(workingDaysBetween(since, cst('2026-11-25T16:00:00'))).toBe(3)
  })
})
