import { z } from 'zod'
import { action, defineFunction, maskForLog } from '../../cloud/kernel/define-function'
import { fail } from '../../types/result'

const main = defineFunction('demo', {
  echo: action({ summary: 'echo', input: z.object({ text: z.string({ error: '请填写内容' }) }), run: async (i, ctx) => ({ text: i.text, who: ctx.caller }) }),
  boom: action({ summary: 'boom', input: z.object({}), run: async () => { throw new Error('secret stack 11010519491231002X') } }),
  refuse: action({ summary: 'refuse', input: z.object({}), run: async () => fail('DEMO.REFUSED', '不可以', 'x') })
})

const asApplicant = (openid: string) => {
  process.env.WX_CONTEXT_KEYS = 'WX_OPENID'
  process.env.WX_OPENID = openid
}

describe('defineFunction — the envelope every cloud function answers with', () => {
  afterEach(() => {
    delete process.env.WX_CONTEXT_KEYS
    delete process.env.WX_OPENID
  })

  it('runs the action with the caller from getWXContext, never from the event', async () => {
    asApplicant('openid-1')
    const r = await main({ action: 'echo', text: 'hi', openid: 'forged' })
    expect(r).toEqual({ ok: true, data: { text: 'hi', who: { kind: 'applicant', openid: 'openid-1' } } })
  })

  it('refuses anonymous callers', async () => {
    expect(await main({ action: 'echo', text: 'hi' })).toMatchObject({ ok: false, error: { code: 'AUTH.REQUIRED' } })
  })

  it.each([
    [null, 'REQUEST.INVALID'],
    [[1, 2], 'REQUEST.INVALID'],
    [{}, 'REQUEST.ACTION_MISSING'],
    [{ action: 'nope' }, 'REQUEST.UNKNOWN_ACTION'],
    [{ action: 'toString' }, 'REQUEST.UNKNOWN_ACTION'],
    [{ action: 'echo' }, 'VALIDATION.REQUIRED']
  ])('answers %j with %s', async (event, code) => {
    asApplicant('openid-1')
    expect(await main(event)).toMatchObject({ ok: false, error: { code } })
  })

  it('turns a domain refusal into its error', async () => {
    asApplicant('openid-1')
    expect(await main({ action: 'refuse' })).toEqual({ ok: false, error: { code: 'DEMO.REFUSED', message: '不可以', field: 'x' } })
  })

  it('never answers with a stack trace, and masks numbers in the log', async () => {
    asApplicant('openid-1')
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const r = await main({ action: 'boom' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL.ERROR' } })
    expect(JSON.stringify(r)).not.toMatch(/secret|stack|at /)
    expect(spy.mock.calls[0][0]).not.toContain('11010519491231002X')
    spy.mockRestore()
  })

  it('masks ID and phone numbers for logs', () => {
    expect(maskForLog('id 11010519491231002X phone 13800138000')).toBe('id 110****2X phone 138****00')
  })
})
