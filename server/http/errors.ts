import type { FastifyReply } from 'fastify'

/** Runtime-level failures use the same error object as functions (local-api.md). */
export const sendError = (reply: FastifyReply, status: number, code: string, message: string, field?: string, detail?: Record<string, unknown>) =>
  reply.code(status).send({ ok: false, error: { code, message, ...(field ? { field } : {}), ...(detail ? { detail } : {}) } })
