import { TimerScheduler, nextRun } from '../../server/functions/timer-scheduler'

describe('timer triggers (WeChat 7-field cron)', () => {
  it('finds the next run', () => {
    expect(nextRun('0 0 * * * * *', new Date('2026-11-22T08:20:00Z')).toISOString()).toBe('2026-11-22T09:00:00.000Z')
    expect(nextRun('0 */10 * * * * *', new Date('2026-11-22T08:21:00Z')).toISOString()).toBe('2026-11-22T08:30:00.000Z')
  })
  it('refuses an expression that is not 7 fields', () => {
    expect(() => nextRun('0 * * * *', new Date())).toThrow(/7 fields/)
  })
  it('invokes the function with a Timer event on schedule, again and again', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-22T08:59:59Z') })
    const calls: unknown[] = []
    const s = new TimerScheduler([{ functionName: 'timers', name: 'hourly', cron: '0 0 * * * * *' }], async (_t, event) => void calls.push(event))
    s.start()
    await jest.advanceTimersByTimeAsync(1000)
    expect(calls).toEqual([{ Type: 'Timer', TriggerName: 'hourly', Time: '2026-11-22T09:00:00.000Z' }])
    await jest.advanceTimersByTimeAsync(3600 * 1000)
    expect(calls).toHaveLength(2)
    s.stop()
    await jest.advanceTimersByTimeAsync(3600 * 1000)
    expect(calls).toHaveLength(2)
    jest.useRealTimers()
  })
})
