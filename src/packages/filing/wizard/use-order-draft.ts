import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MaterialRef, SubjectDraft, WebsiteDraft } from '../../../../types/order'
import type { AppError } from '../../../../types/result'
import { precheck } from '../../../../domain/order/precheck'
import { type OrderView, ordersApi } from '../../../services/orders'
import { cleanSubject, cleanWebsites } from './clean-draft'
import { fieldValue } from './field-value'

export type SaveState = { state: 'idle' | 'saving' | 'saved' } | { state: 'failed'; error: AppError }

const AUTOSAVE_MS = 700

/**
 * The order being filled in, saved to the server as the person types (after a
 * short pause, and at once on leaving a step), so nothing is lost on a crash,
 * the back button or another device. Checks run locally with the same
 * pre-check the server applies at submission.
 */
export function useOrderDraft(orderId: string) {
  const [order, setOrder] = useState<OrderView | null>(null)
  const [loadError, setLoadError] = useState<AppError | null>(null)
  const [subject, setSubject] = useState<SubjectDraft>({})
  const [websites, setWebsites] = useState<WebsiteDraft[]>([])
  const [save, setSave] = useState<SaveState>({ state: 'idle' })
  /** Fields OCR filled: path → the value read; highlighted while the value is still that. */
  const [recognized, setRecognized] = useState<Record<string, string>>({})
  const latest = useRef({ subject, websites })
  const dirty = useRef({ subject: false, websites: false })
  const chain = useRef<Promise<void>>(Promise.resolve())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const adopt = (o: OrderView) => {
    setOrder(o)
    latest.current = { subject: o.subject ?? {}, websites: o.websites ?? [] }
    setSubject(latest.current.subject)
    setWebsites(latest.current.websites)
  }

  const load = useCallback(async () => {
    const res = await ordersApi.get(orderId)
    if (res.ok) adopt(res.data)
    else setLoadError(res.error)
    return res
  }, [orderId])

  useEffect(() => {
    void load()
  }, [load])

  const saveDirty = async () => {
    for (const part of ['subject', 'websites'] as const) {
      if (!dirty.current[part]) continue
      dirty.current[part] = false
      setSave({ state: 'saving' })
      const res =
        part === 'subject'
          ? await ordersApi.saveSubject(orderId, cleanSubject(latest.current.subject))
          : await ordersApi.saveWebsites(orderId, cleanWebsites(latest.current.websites))
      if (!res.ok) {
        dirty.current[part] = true
        setSave({ state: 'failed', error: res.error })
        return
      }
      // Keep what the person typed meanwhile; take everything else from the server.
      setOrder(res.data)
    }
    setSave({ state: 'saved' })
  }

  /** Saves now whatever is unsaved; resolves when the server has it (or refused it). */
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    chain.current = chain.current.then(saveDirty)
    return chain.current
  }, [orderId])

  const schedule = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS)
  }

  useEffect(() => () => {
    // Leaving the page saves what is pending.
    if (timer.current) void flush()
  }, [flush])

  const editSubject = (next: SubjectDraft) => {
    latest.current = { ...latest.current, subject: next }
    dirty.current.subject = true
    setSubject(next)
    schedule()
  }
  const editWebsites = (next: WebsiteDraft[]) => {
    latest.current = { ...latest.current, websites: next }
    dirty.current.websites = true
    setWebsites(next)
    schedule()
  }

  /** Replaces one material (or adds it); the server checks the file is the caller's. */
  const saveMaterial = async (m: Omit<MaterialRef, 'uploadedAt'>): Promise<AppError | null> => {
    await flush()
    const current = (order?.materials ?? []).filter((x) => !(x.kind === m.kind && (x.websiteId ?? '') === (m.websiteId ?? '')))
    const res = await ordersApi.saveMaterials(orderId, [...current.map(({ kind, fileID, websiteId }) => ({ kind, fileID, ...(websiteId ? { websiteId } : {}) })), m])
    if (!res.ok) return res.error
    setOrder(res.data)
    return null
  }

  const verify = async (fileID: string): Promise<AppError | null> => {
    await flush()
    const res = await ordersApi.saveVerification(orderId, fileID)
    if (!res.ok) return res.error
    setOrder(res.data)
    return res.data.verification?.status === 'PASSED' ? null : { code: 'VERIFICATION.FAILED', message: (res.data.verification?.problems ?? []).join('；') || '核验未通过，请重新拍摄' }
  }

  const markRecognized = (marks: Record<string, string>) => setRecognized((r) => ({ ...r, ...marks }))
  /** Paths of OCR-filled fields the person has not changed since. */
  const recognizedPaths = useMemo(
    () => Object.entries(recognized).filter(([path, value]) => fieldValue(path, subject, websites) === value).map(([path]) => path),
    [recognized, subject, websites]
  )

  /** The same pre-check as the server's, over what is on screen right now. */
  const problems = useMemo(() => (order ? precheck({ ...order, subject, websites }, new Date()) : []), [order, subject, websites])

  return { order, setOrder, loadError, load, subject, websites, editSubject, editWebsites, saveMaterial, verify, flush, save, problems, markRecognized, recognizedPaths }
}

export type OrderDraft = ReturnType<typeof useOrderDraft>
