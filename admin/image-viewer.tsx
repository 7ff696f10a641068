import { useEffect, useState } from 'react'
import { review } from './api'

/** One of the order's images, loaded through the review function (only the order's own files are served). */
export function useOrderImage(orderId: string, fileID: string | undefined) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    setUrl(null)
    if (fileID) void review<{ url: string }>('materialImage', { orderId, fileID }).then((r) => live && r.ok && setUrl(r.data.url))
    return () => {
      live = false
    }
  }, [orderId, fileID])
  return url
}

export function Thumb({ orderId, fileID, label, onOpen }: { orderId: string; fileID: string; label: string; onOpen: () => void }) {
  const url = useOrderImage(orderId, fileID)
  return (
    <button className="thumb" onClick={onOpen} title={`查看 ${label}`}>
      {url ? <img src={url} alt={label} /> : <span className="muted">加载中…</span>}
      <span className="thumb-label">{label}</span>
    </button>
  )
}

/** Full-size view with zoom and rotate: + / − / 0 and [ / ] on the keyboard, Esc closes. */
export function ImageViewer({ orderId, fileID, label, onClose }: { orderId: string; fileID: string; label: string; onClose: () => void }) {
  const url = useOrderImage(orderId, fileID)
  const [zoom, setZoom] = useState(1)
  const [rotation, setRotation] = useState(0)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
      else if (e.key === '+' || e.key === '=') setZoom((z) => Math.min(z * 1.25, 6))
      else if (e.key === '-') setZoom((z) => Math.max(z / 1.25, 0.25))
      else if (e.key === '0') (setZoom(1), setRotation(0))
      else if (e.key === ']') setRotation((r) => r + 90)
      else if (e.key === '[') setRotation((r) => r - 90)
      else return
      e.preventDefault()
      e.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [onClose])
  return (
    <div className="viewer" role="dialog" aria-label={label} onWheel={(e) => setZoom((z) => Math.min(6, Math.max(0.25, z * (e.deltaY < 0 ? 1.1 : 0.9))))}>
      <div className="viewer-bar">
        <strong>{label}</strong>
        <span className="spacer" />
        <button className="secondary" id="zoom-out" onClick={() => setZoom((z) => Math.max(z / 1.25, 0.25))}>缩小 −</button>
        <span className="muted">{Math.round(zoom * 100)}%</span>
        <button className="secondary" id="zoom-in" onClick={() => setZoom((z) => Math.min(z * 1.25, 6))}>放大 +</button>
        <button className="secondary" id="rotate-left" onClick={() => setRotation((r) => r - 90)}>左转 [</button>
        <button className="secondary" id="rotate-right" onClick={() => setRotation((r) => r + 90)}>右转 ]</button>
        <button className="secondary" onClick={() => (setZoom(1), setRotation(0))}>复位 0</button>
        <button id="viewer-close" onClick={onClose}>关闭 Esc</button>
      </div>
      <div className="viewer-stage">
        {url ? <img id="viewer-image" src={url} alt={label} style={{ transform: `scale(${zoom}) rotate(${rotation}deg)` }} /> : <span className="muted">加载中…</span>}
      </div>
    </div>
  )
}
