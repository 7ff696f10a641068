/** China Standard Time (UTC+8, no DST): the calendar the regulator works in. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000

/** The date in China at `now`, as YYYY-MM-DD. */
export const chinaDate = (now: Date): string => new Date(now.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10)
