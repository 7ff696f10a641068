import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import fastifyStatic from '@fastify/static'
import fastifyMultipart from '@fastify/multipart'
import type { DocumentStore } from '../store/document-store'
import { DatabaseGateway, type TcbDatabaseRequest } from '../tcb/database-gateway'
import { FunctionHost, FunctionHostError, type WxContext } from '../functions/function-host'
import { SessionStore, APPLICANT_SESSION_MS, REVIEWER_SESSION_MS, type Session } from '../auth/sessions'
import { ReviewerAccounts, REVIEWER_ROLES } from '../auth/reviewers'
import { LocalFileStore, MAX_UPLOAD_BYTES } from './files'
import { SANDBOX_DEMO_OPENID } from '../sandbox/fixture'
import { sendError } from './errors'
import { outboxPage, type OutboxRow } from './outbox-page'
import { miitResendPage, miitVerifyPage } from '../sandbox/miit-pages'
import { intakeImage } from '../../cloud/images/intake'
import { checkLocalUrl } from '../../cloud/storage/file-urls'
import { UPLOAD_PURPOSES, type UploadPurpose } from '../../domain/rules/image-quality'

export interface AppDeps {
  store: DocumentStore
  functions: FunctionHost
  dataDir: string
  distDir: string
  /** Secret path segment of the SDK's serviceUrl (the database endpoint). */
  tcbSecret: string
  /** Secret of the short-lived file URLs (cloud/storage/file-urls.ts), shared with the functions. */
  fileUrlSecret: string
  /** Secret for loopback operator requests (reviewer CLI while running). */
  operatorSecret: string
  appId: string
}

const bearer = (req: FastifyRequest) => {
  const h = req.headers.authorization
  return h && /^Bearer\s+/i.test(h) ? h.replace(/^Bearer\s+/i, '').trim() : undefined
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, trustProxy: false })
  const sessions = new SessionStore(deps.store)
  const reviewers = new ReviewerAccounts(deps.store)
  const files = new LocalFileStore(deps.dataDir, deps.store)
  const gateway = new DatabaseGateway(deps.store)

  app.setErrorHandler((error: { code?: string; statusCode?: number; message: string }, _req, reply) => {
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError)
      return sendError(reply, 400, 'REQUEST.INVALID_JSON', '请求体不是合法的 JSON')
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.code === 'FST_REQ_FILE_TOO_LARGE')
      return sendError(reply, 413, 'REQUEST.TOO_LARGE', '请求体过大')
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendError(reply, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', '不支持的请求类型，请使用 application/json')
    if (error.statusCode && error.statusCode < 500) return sendError(reply, error.statusCode, 'REQUEST.INVALID', '请求格式不正确')
    console.error(`[runtime] internal error: ${error.message}`)
    return sendError(reply, 500, 'INTERNAL.ERROR', '系统繁忙，请稍后重试')
  })

  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } })

  const session = async (req: FastifyRequest): Promise<Session | null> => sessions.resolve(bearer(req))

  const loopback = (req: FastifyRequest) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '')

  // --- wx-server-sdk database endpoint (serviceUrl): loopback only, with the secret
  app.post(`/__tcb/${deps.tcbSecret}`, { bodyLimit: 16 * 1024 * 1024 }, async (req, reply) => {
    if (!loopback(req)) return sendError(reply, 404, 'REQUEST.NOT_FOUND', '没有这个地址')
    const body = req.body as TcbDatabaseRequest
    if (!body || typeof body.action !== 'string' || !body.action.startsWith('database.'))
      return { requestId: 'local', code: 'ACTION_UNSUPPORTED', message: 'only database actions are served locally' }
    return gateway.handle(body)
  })

  // --- identity
  app.post('/api/auth/applicant', async (req) => {
    const body = req.body as { name?: unknown; sandboxAccount?: unknown } | undefined
    const name = body?.name
    // The sandbox's demo account owns a filed subject, so 新增网站 and 变更 can be tried by hand.
    const openid = body?.sandboxAccount === 'demo' ? SANDBOX_DEMO_OPENID : `local_${cryptoId()}`
    const token = await sessions.issue({
      kind: 'applicant',
      openid,
      ...(typeof name === 'string' && name ? { name: name.slice(0, 40) } : {}),
      expiresAt: Date.now() + APPLICANT_SESSION_MS
    })
    return { ok: true, data: { token, openid } }
  })

  app.post('/api/auth/reviewer', async (req, reply) => {
    const body = (req.body ?? {}) as { username?: unknown; password?: unknown }
    if (typeof body.username !== 'string' || !body.username) return sendError(reply, 400, 'VALIDATION.REQUIRED', '请输入用户名', 'username')
    if (typeof body.password !== 'string' || !body.password) return sendError(reply, 400, 'VALIDATION.REQUIRED', '请输入密码', 'password')
    const outcome = await reviewers.login(body.username.trim().toLowerCase(), body.password)
    if (!outcome.ok) return sendError(reply, outcome.code === 'AUTH.LOCKED' ? 429 : 401, outcome.code, outcome.message)
    const token = await sessions.issue({ kind: 'reviewer', username: outcome.username, role: outcome.role, expiresAt: Date.now() + REVIEWER_SESSION_MS })
    return { ok: true, data: { token, username: outcome.username, role: outcome.role } }
  })

  app.get('/api/auth/me', async (req, reply) => {
    const s = await session(req)
    if (!s) return sendError(reply, 401, 'AUTH.REQUIRED', '请先登录')
    return { ok: true, data: s.kind === 'reviewer' ? { kind: s.kind, username: s.username, role: s.role } : { kind: s.kind, openid: s.openid } }
  })

  app.post('/api/auth/logout', async (req) => {
    const token = bearer(req)
    if (token) await sessions.revoke(token)
    return { ok: true, data: null }
  })

  // --- cloud functions
  app.post('/api/functions/:name', async (req, reply) => {
    const { name } = req.params as { name: string }
    if (!deps.functions.has(name)) return sendError(reply, 404, 'FUNCTION.NOT_FOUND', `云函数 ${name} 不存在`)
    const httpPath = deps.functions.httpAccessPath(name)
    if (httpPath) return invokeOverHttpAccess(name, httpPath, req, reply)
    const s = await session(req)
    if (!s) return sendError(reply, 401, 'AUTH.REQUIRED', '请先登录')
    if (s.kind !== 'applicant') return sendError(reply, 403, 'AUTH.FORBIDDEN', '备案专员账号不能调用该云函数')
    const event = req.body
    if (!event || typeof event !== 'object' || Array.isArray(event))
      return sendError(reply, 400, 'REQUEST.INVALID', '请求体应为 JSON 对象（云函数的 event）')
    const wxContext: WxContext = { OPENID: s.openid, APPID: deps.appId, UNIONID: '', SOURCE: 'local-runtime' }
    try {
      return await deps.functions.invoke(name, event, wxContext)
    } catch (e) {
      if (e instanceof FunctionHostError) {
        if (e.code === 'FUNCTION.TIMEOUT') return sendError(reply, 504, e.code, e.message)
        console.error(`[runtime] function ${name} failed: ${e.message}`)
        return sendError(reply, 500, e.code, '云函数执行出错，请稍后重试')
      }
      throw e
    }
  })

  /**
   * Functions reached over 云开发 HTTP access in production (the review
   * function) get the request as HTTP access delivers it: an integration
   * event with the headers (the reviewer's bearer token) and the JSON body,
   * and no OPENID. The function checks the token itself; the runtime only
   * passes the integration response back.
   */
  const invokeOverHttpAccess = async (name: string, httpPath: string, req: FastifyRequest, reply: FastifyReply) => {
    const authorization = req.headers.authorization
    const event = {
      httpMethod: 'POST',
      path: httpPath,
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      queryStringParameters: {},
      body: JSON.stringify(req.body ?? {}),
      isBase64Encoded: false
    }
    try {
      const res = (await deps.functions.invoke(name, event, { APPID: deps.appId, SOURCE: 'local-runtime-http' })) as { statusCode?: number; headers?: Record<string, string>; body?: string }
      if (typeof res?.statusCode !== 'number' || typeof res.body !== 'string') return res
      return reply.code(res.statusCode).headers(res.headers ?? {}).send(res.body)
    } catch (e) {
      if (e instanceof FunctionHostError) {
        if (e.code === 'FUNCTION.TIMEOUT') return sendError(reply, 504, e.code, e.message)
        console.error(`[runtime] function ${name} failed: ${e.message}`)
        return sendError(reply, 500, e.code, '云函数执行出错，请稍后重试')
      }
      throw e
    }
  }

  // --- files
  app.post('/api/files', async (req, reply) => {
    const s = await session(req)
    if (!s) return sendError(reply, 401, 'AUTH.REQUIRED', '请先登录')
    if (!req.isMultipart()) return sendError(reply, 415, 'FILE.NOT_MULTIPART', '请以 multipart/form-data 上传文件（字段名 file）')
    const part = await req.file()
    if (!part || part.fieldname !== 'file') return sendError(reply, 400, 'FILE.MISSING', '请选择要上传的文件', 'file')
    const bytes = await part.toBuffer()
    if (part.file.truncated) return sendError(reply, 413, 'FILE.TOO_LARGE', `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, 'file')
    // ?purpose=DOCUMENT (证件、资料) | PORTRAIT (真实性核验) | ANY: which quality rules apply.
    const purpose = String((req.query as { purpose?: string }).purpose ?? 'ANY').toUpperCase() as UploadPurpose
    if (!UPLOAD_PURPOSES.includes(purpose)) return sendError(reply, 400, 'FILE.PURPOSE', `purpose 只能是 ${UPLOAD_PURPOSES.join('、')}`, 'purpose')
    const intake = await intakeImage(bytes, purpose)
    if (!intake.ok)
      return sendError(reply, 400, intake.problems[0].code, intake.problems.map((p) => p.message).join('；'), 'file', { problems: intake.problems })
    const owner = s.kind === 'applicant' ? s.openid : `reviewer:${s.username}`
    const stored = await files.save(intake.bytes, owner, { ext: intake.ext, type: intake.contentType })
    return { ok: true, data: { fileID: stored.fileID } }
  })

  // Private files through short-lived signed URLs only (minted by filing/fileUrl and review/materialImage).
  app.get('/api/files/:name', async (req, reply) => {
    const { name } = req.params as { name: string }
    const { exp, sig } = req.query as { exp?: string; sig?: string }
    if (!/^[0-9a-f]{32}\.(jpg|png)$/.test(name)) return sendError(reply, 404, 'FILE.NOT_FOUND', '文件不存在')
    const check = checkLocalUrl(deps.fileUrlSecret, `uploads/${name}`, exp, sig, new Date())
    if (!check.ok) return sendError(reply, check.code === 'FILE.URL_EXPIRED' ? 410 : 403, check.code, check.message)
    const bytes = await files.read(`uploads/${name}`)
    if (!bytes) return sendError(reply, 404, 'FILE.NOT_FOUND', '文件不存在')
    return reply
      .type(name.endsWith('.png') ? 'image/png' : 'image/jpeg')
      .header('cache-control', 'private, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .send(bytes)
  })

  // --- local-only helpers
  app.get('/api/dev/outbox', async (req, reply) => {
    const s = await session(req)
    if (!s) return sendError(reply, 401, 'AUTH.REQUIRED', '请先登录')
    const phone = (req.query as { phone?: string }).phone
    const outbox = await deps.store.collection('outbox')
    const docs = await outbox.findAsync(phone ? { phone } : {}).sort({ sentAt: -1 }).limit(200)
    return { ok: true, data: docs.map(({ _id, ...d }) => d) }
  })

  // The outbox as a page, for a person trying the system on this machine (loopback only: it shows codes).
  app.get('/dev/outbox', async (req, reply) => {
    if (!loopback(req)) return sendError(reply, 404, 'REQUEST.NOT_FOUND', '没有这个地址')
    const phone = (req.query as { phone?: string }).phone?.trim() || undefined
    const docs = await (await deps.store.collection('outbox')).findAsync(phone ? { phone } : {}).sort({ sentAt: -1 }).limit(200)
    return reply.type('text/html; charset=utf-8').send(outboxPage(docs as unknown as OutboxRow[], phone))
  })

  // --- the sandbox regulator's MIIT site: 短信核验 and 短信重发 (no login, as on beian.miit.gov.cn)
  app.get('/sandbox/miit/verify', async (_req, reply) => reply.type('text/html; charset=utf-8').send(miitVerifyPage()))
  app.get('/sandbox/miit/resend', async (_req, reply) => reply.type('text/html; charset=utf-8').send(miitResendPage()))
  app.post('/api/sandbox/miit/:step', async (req, reply) => {
    const { step } = req.params as { step: string }
    const action = step === 'verify' ? 'miitVerify' : step === 'resend' ? 'miitResend' : null
    if (!action || !deps.functions.has('sms')) return sendError(reply, 404, 'REQUEST.NOT_FOUND', '没有这个地址')
    const body = req.body
    if (!body || typeof body !== 'object' || Array.isArray(body)) return sendError(reply, 400, 'REQUEST.INVALID', '请求体应为 JSON 对象')
    try {
      return await deps.functions.invoke('sms', { ...(body as object), action }, { APPID: deps.appId, SOURCE: 'local-sandbox-miit' })
    } catch (e) {
      if (e instanceof FunctionHostError) return sendError(reply, e.code === 'FUNCTION.TIMEOUT' ? 504 : 500, e.code, '系统繁忙，请稍后重试')
      throw e
    }
  })

  // --- operator endpoint for the reviewer CLI while the runtime runs (loopback + secret)
  app.post(`/__operator/${deps.operatorSecret}/reviewers`, async (req, reply) => {
    if (!loopback(req)) return sendError(reply, 404, 'REQUEST.NOT_FOUND', '没有这个地址')
    const body = (req.body ?? {}) as { username?: string; role?: string; password?: string }
    try {
      if (!REVIEWER_ROLES.includes(body.role as never)) throw new Error(`角色只能是 ${REVIEWER_ROLES.join(' 或 ')}`)
      await reviewers.add(String(body.username ?? ''), body.role as never, String(body.password ?? ''))
      return { ok: true, data: null }
    } catch (e) {
      return sendError(reply, 400, 'REVIEWER.INVALID', (e as Error).message)
    }
  })

  app.get('/api/health', async () => ({ ok: true, data: { functions: deps.functions.names() } }))

  // --- static: admin page at /admin, the H5 build at /
  const adminDir = path.join(deps.distDir, 'admin')
  const h5Dir = path.join(deps.distDir, 'h5')
  if (existsSync(adminDir)) {
    await app.register(fastifyStatic, { root: adminDir, prefix: '/admin/', decorateReply: false, index: 'index.html' })
    app.get('/admin', async (_req, reply) => reply.redirect('/admin/'))
  }
  if (existsSync(h5Dir)) await app.register(fastifyStatic, { root: h5Dir, prefix: '/', index: 'index.html', decorateReply: false })

  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'REQUEST.NOT_FOUND', `没有这个地址：${req.method} ${req.url.split('?')[0]}`))
  return app
}

const cryptoId = () => randomBytes(12).toString('hex')
