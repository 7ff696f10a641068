import { CronExpressionParser } from 'cron-parser'
import type { TimerTrigger } from './function-host'

/** WeChat timer triggers use 7 fields (second … year); cron-parser takes the first six. */
export function nextRun(cron: string, after: Date): Date {
  const fields = cron.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`timer trigger "${cron}" must have 7 fields (second minute hour day month weekday year)`)
  const year = fields[6]
  const expression = CronExpressionParser.parse(fields.slice(0, 6).join(' '), { currentDate: after })
  for (let i = 0; i < 1000; i++) {
    const next = expression.next().toDate()
    if (year === '*' || year.split(',').includes(String(next.getFullYear()))) return next
  }
  throw new Error(`timer trigger "${cron}" never fires`)
}

/**
 * Runs the functions' timer triggers on their schedule, as WeChat cloud does:
 * each firing invokes the function with a Timer event and no user.
 */
export class TimerScheduler {
  private readonly timers = new Set<NodeJS.Timeout>()
  private stopped = false

  constructor(
    private readonly triggers: TimerTrigger[],
    private readonly invoke: (trigger: TimerTrigger, event: { Type: 'Timer'; TriggerName: string; Time: string }) => Promise<unknown>,
    private readonly clock: () => Date = () => new Date()
  ) {
    for (const t of triggers) nextRun(t.cron, new Date()) // refuse a bad expression at start
  }

  start(): void {
    for (const t of this.triggers) this.schedule(t)
  }

  stop(): void {
    this.stopped = true
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  private schedule(trigger: TimerTrigger): void {
    if (this.stopped) return
    const now = this.clock()
    const at = nextRun(trigger.cron, now)
    const timer = setTimeout(async () => {
      this.timers.delete(timer)
      try {
        await this.invoke(trigger, { Type: 'Timer', TriggerName: trigger.name, Time: at.toISOString() })
      } finally {
        this.schedule(trigger)
      }
    }, Math.max(0, at.getTime() - now.getTime()))
    timer.unref()
    this.timers.add(timer)
  }
}
