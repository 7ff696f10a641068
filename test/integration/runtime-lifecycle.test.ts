import { spawnSync } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { ApiClient, removeDir, runtimeRefusal, startRuntime, tempDataDir } from '../support/runtime'

const ROOT = path.resolve(__dirname, '..', '..')

const addReviewer = (dataDir: string, username: string, password: string, role = 'reviewer') =>
  spawnSync(process.execPath, [path.join(ROOT, 'dist/server/reviewer-cli.js'), 'add', username, '--role', role, '--data-dir', dataDir], {
    input: `${password}\n`,
    encoding: 'utf8'
  })

const loginReviewer = (base: string, username: string, password: string) =>
  fetch(`${base}/api/auth/reviewer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) }).then(
    async (r) => ({ status: r.status, body: (await r.json()) as { ok: boolean; data?: { token: string; role: string }; error?: { code: string; message: string } } })
  )

describe('local runtime — start, stop, crash and restart', () => {
  it('keeps every acknowledged write across kill -9 and restart', async () => {
    const dataDir = tempDataDir('durable')
    const first = await startRuntime({ dataDir })
    const clients = await Promise.all(Array.from({ length: 30 }, () => ApiClient.applicant(first.url)))
    expect(addReviewer(dataDir, 'alice', 'correct-horse-42').status).toBe(0) // through the running runtime
    await first.kill9()

    const second = await startRuntime({ dataDir })
    for (const c of clients) {
      const me = await new ApiClient(second.url, c.token).raw('GET', '/api/auth/me')
      expect(me.body).toMatchObject({ ok: true, data: { kind: 'applicant' } })
    }
    expect((await loginReviewer(second.url, 'alice', 'correct-horse-42')).body).toMatchObject({ ok: true, data: { role: 'reviewer' } })
    expect(await second.stop()).toBe(0)
    removeDir(dataDir)
  })

  it('shuts down cleanly on Ctrl-C and starts again on the same data', async () => {
    const dataDir = tempDataDir('restart')
    const a = await startRuntime({ dataDir })
    // Compared with the output, so a failure shows what the runtime printed.
    expect({ code: await a.stop(), output: a.output() }).toEqual({ code: 0, output: expect.stringContaining('shutting down') })
    const b = await startRuntime({ dataDir })
    expect({ code: await b.stop(), output: b.output() }).toEqual({ code: 0, output: expect.any(String) })
    removeDir(dataDir)
  })

  it('refuses to start, with a clear message, when its port is taken', async () => {
    const blocker = net.createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r))
    const port = (blocker.address() as net.AddressInfo).port
    const dataDir = tempDataDir('port')
    const r = await runtimeRefusal(['--port', String(port), '--data-dir', dataDir])
    blocker.close()
    expect(r.code).toBe(1)
    expect(r.output).toContain(`Port ${port} on 127.0.0.1 is already in use`)
    removeDir(dataDir)
  })

  it('refuses a second runtime on the same data directory', async () => {
    const dataDir = tempDataDir('lock')
    const a = await startRuntime({ dataDir })
    const r = await runtimeRefusal(['--port', '0', '--data-dir', dataDir])
    expect(r.code).toBe(1)
    expect(r.output).toContain('is in use by another runtime')
    await a.stop()
    removeDir(dataDir)
  })
})

describe('reviewer accounts and login', () => {
  const dataDir = tempDataDir('reviewers')
  afterAll(() => removeDir(dataDir))

  it('creates accounts from the CLI (runtime stopped), refusing weak passwords and bad roles', async () => {
    expect(addReviewer(dataDir, 'bob', 'short').stderr).toContain('密码至少 10 位')
    expect(addReviewer(dataDir, 'bob', 'long-enough-1', 'admin').stderr).toContain('--role must be one of')
    const ok = addReviewer(dataDir, 'bob', 'long-enough-1', 'supervisor')
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('Reviewer bob (supervisor) created')
    expect(addReviewer(dataDir, 'bob', 'long-enough-1').stderr).toContain('已存在')
  })

  it('logs in, refuses wrong passwords, and locks after five failures', async () => {
    const rt = await startRuntime({ dataDir })
    expect((await loginReviewer(rt.url, 'bob', 'long-enough-1')).body).toMatchObject({ ok: true, data: { role: 'supervisor' } })
    expect(await loginReviewer(rt.url, 'nobody', 'whatever-123')).toMatchObject({ status: 401, body: { error: { code: 'AUTH.INVALID_CREDENTIALS' } } })
    for (let i = 0; i < 4; i++) expect((await loginReviewer(rt.url, 'bob', `wrong-${i}-xxxx`)).status).toBe(401)
    expect(await loginReviewer(rt.url, 'bob', 'wrong-5-xxxx')).toMatchObject({ status: 429, body: { error: { code: 'AUTH.LOCKED' } } })
    // Locked: even the right password is refused for now.
    expect(await loginReviewer(rt.url, 'bob', 'long-enough-1')).toMatchObject({ status: 429, body: { error: { code: 'AUTH.LOCKED' } } })
    await rt.stop()
  })

  it('does not let a reviewer token call applicant functions', async () => {
    addReviewer(dataDir, 'carol', 'long-enough-2')
    const rt = await startRuntime({ dataDir })
    const { body } = await loginReviewer(rt.url, 'carol', 'long-enough-2')
    const reviewer = new ApiClient(rt.url, body.data!.token)
    const r = await reviewer.raw('POST', '/api/functions/filing', JSON.stringify({ action: 'verifyType' }), { 'content-type': 'application/json' })
    expect(r).toMatchObject({ status: 403, body: { ok: false, error: { code: 'AUTH.FORBIDDEN' } } })
    await rt.stop()
  })
})
