import { type ReactNode, useEffect, useState } from 'react'
import { Button, Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppError } from '../../../types/result'
import { fileUrl, uploadFile } from '../../services/cloud'
import MaterialSample, { type SampleKind } from '../material-sample'
import './index.scss'

interface Props {
  id: string
  label: string
  /** Why it is needed, or how to take it (the sample). */
  guide: string
  uploaded: boolean
  /** The file already stored for it: shown through a short-lived URL (files are private). */
  fileID?: string
  /** The order the file is on (it may have been uploaded by someone the order was handed to). */
  orderId?: string
  error?: string
  /** The drawing of a good photo shown until one is uploaded. */
  sample?: SampleKind
  /** Camera first (e.g. 真实性核验), or camera and album. */
  cameraOnly?: boolean
  /** Which intake rules apply (documents: colour, sharp, no photocopies). */
  purpose?: 'DOCUMENT' | 'PORTRAIT'
  /** Shown under the upload (e.g. what OCR read and filled). */
  children?: ReactNode
  /** Records the uploaded file; returns why it was refused, if it was. */
  onUploaded: (fileID: string) => Promise<AppError | null>
}

type State = { kind: 'idle' } | { kind: 'uploading' } | { kind: 'failed'; message: string; retryable: boolean } | { kind: 'done' }

/**
 * One material: its guide, a photo taken or chosen in the app, uploaded at
 * once. A failed upload keeps what was there and offers a retry.
 */
export default function ImageUpload({ id, label, guide, uploaded, fileID, orderId, error, sample, cameraOnly, purpose, children, onUploaded }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [preview, setPreview] = useState<string | null>(null)
  const [lastPath, setLastPath] = useState<string | null>(null)
  const [storedUrl, setStoredUrl] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    if (fileID) void fileUrl(fileID, orderId).then((r) => live && setStoredUrl(r.ok ? r.data.url : null))
    return () => {
      live = false
    }
  }, [fileID, orderId])

  const send = async (path: string) => {
    setState({ kind: 'uploading' })
    const up = await uploadFile(path, purpose)
    // Retrying helps after a network failure, not after the photo itself was refused.
    if (!up.ok) return setState({ kind: 'failed', message: up.error.message, retryable: !/^(IMAGE|FILE)\./.test(up.error.code) })
    const refused = await onUploaded(up.data.fileID)
    if (refused) return setState({ kind: 'failed', message: refused.message, retryable: false })
    setPreview(path)
    setState({ kind: 'done' })
  }

  const choose = async () => {
    try {
      const res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: cameraOnly ? ['camera'] : ['camera', 'album'] })
      const path = res.tempFilePaths[0]
      if (!path) return
      setLastPath(path)
      await send(path)
    } catch {
      // The person closed the picker: nothing changes.
    }
  }

  const message = state.kind === 'failed' ? state.message : error
  // A refused new photo leaves the earlier one in place: still 已上传, with the refusal shown below.
  const done = state.kind === 'done' || uploaded
  return (
    <View className={`image-upload${message ? ' image-upload--error' : ''}`} id={id}>
      <View className='image-upload__head'>
        <Text className='image-upload__label'>{label}</Text>
        <Text className={`image-upload__status${done ? ' image-upload__status--done' : ''}`} id={`${id}-status`}>
          {state.kind === 'uploading' ? '上传中…' : done ? '已上传' : '未上传'}
        </Text>
      </View>
      <Text className='image-upload__guide'>{guide}</Text>
      {preview || storedUrl ? (
        <Image className='image-upload__preview' id={`${id}-preview`} src={(preview ?? storedUrl)!} mode='aspectFit' />
      ) : (
        sample && !done && <MaterialSample kind={sample} />
      )}
      {message && <Text className='image-upload__error' id={`${id}-error`}>{message}</Text>}
      {children}
      <View className='image-upload__actions'>
        <Button id={`${id}-choose`} className='image-upload__button' disabled={state.kind === 'uploading' || undefined} onClick={choose}>
          {done ? '重新拍摄/选择' : cameraOnly ? '拍摄照片' : '拍照或从相册选择'}
        </Button>
        {state.kind === 'failed' && state.retryable && lastPath && (
          <Button id={`${id}-retry`} className='image-upload__button image-upload__button--plain' onClick={() => send(lastPath)}>重试上传</Button>
        )}
      </View>
    </View>
  )
}
