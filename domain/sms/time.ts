import { chinaDate } from '../time'

const CST_OFFSET_MS = 8 * 60 * 60 * 1000

/** The start of the next day in China after `now` (when daily caps reset). */
export const nextChinaMidnight = (now: Date): Date => new Date(Date.parse(`${chinaDate(now)}T00:00:00Z`) - CST_OFFSET_MS + 24 * 3600 * 1000)

/** `2026-11-22 10:05`, China time: how a refusal tells people when to try again. */
export const chinaClock = (at: Date): string => new Date(at.getTime() + CST_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')

/** Whole seconds from `now` until `at`, at least 1. */
export const secondsUntil = (at: Date, now: Date): number => Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000))
