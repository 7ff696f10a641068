import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { z } from 'zod'
import raw from '../data/cn-holidays.json'

dayjs.extend(utc)

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const holidayFile = z.object({
  years: z.record(z.string().regex(/^\d{4}$/), z.object({ source: z.string(), provisional: z.boolean(), off: z.array(isoDate), work: z.array(isoDate) }))
})

const parsed = holidayFile.safeParse(raw)
if (!parsed.success) {
  const issue = parsed.error.issues[0]
  throw new Error(`domain/data/cn-holidays.json is invalid at ${issue.path.join('.')}: ${issue.message}`)
}
const OFF = new Set(Object.values(parsed.data.years).flatMap((y) => y.off))
const WORK = new Set(Object.values(parsed.data.years).flatMap((y) => y.work))

/** Years the holiday data covers (outside them only weekends count as days off). */
export const HOLIDAY_YEARS = Object.keys(parsed.data.years).map(Number)

/** China Standard Time wall clock: UTC+8 all year. */
const CST_MINUTES = 8 * 60
const china = (at: Date | string | number) => dayjs.utc(at).utcOffset(CST_MINUTES)

/** Whether a calendar date (YYYY-MM-DD, China) is a working day: 调休 workdays count, 法定节假日 do not. */
export function isWorkingDay(date: string): boolean {
  if (WORK.has(date)) return true
  if (OFF.has(date)) return false
  const weekday = dayjs.utc(`${date}T00:00:00Z`).day()
  return weekday !== 0 && weekday !== 6
}

/**
 * The moment `n` working days after `from` (China time). A start on a day off
 * counts from the beginning of the next working day; the result keeps the
 * time of day, moved past days off.
 */
export function addWorkingDays(from: Date, n: number): Date {
  let t = china(from)
  if (!isWorkingDay(t.format('YYYY-MM-DD'))) {
    do t = t.add(1, 'day').startOf('day')
    while (!isWorkingDay(t.format('YYYY-MM-DD')))
  }
  for (let left = n; left > 0; ) {
    t = t.add(1, 'day')
    if (isWorkingDay(t.format('YYYY-MM-DD'))) left--
  }
  return t.toDate()
}

/** Whole working days elapsed between two moments (China time), e.g. for "等待 3 个工作日". */
export function workingDaysBetween(from: Date, to: Date): number {
  let n = 0
  while (addWorkingDays(from, n + 1).getTime() <= to.getTime() && n < 400) n++
  return n
}

export type SlaLevel = 'OK' | 'NEAR' | 'PAST'

/**
 * 初审 SLA (spec §8.5: 1–2 working days): NEAR once one working day has
 * passed, PAST once the limit has; `due` is when the limit is reached.
 */
export function slaState(since: Date, now: Date, limitWorkingDays = 2, warnWorkingDays = 1): { level: SlaLevel; due: Date } {
  const due = addWorkingDays(since, limitWorkingDays)
  const warn = addWorkingDays(since, warnWorkingDays)
  return { level: now >= due ? 'PAST' : now >= warn ? 'NEAR' : 'OK', due }
}
