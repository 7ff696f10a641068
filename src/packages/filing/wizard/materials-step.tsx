import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { requiredMaterials } from '../../../../domain/order/materials'
import ImageUpload from '../../../components/image-upload'
import { sampleFor } from '../../../components/material-sample'
import { MATERIAL_GUIDES } from './material-guides'
import type { OrderDraft } from './use-order-draft'
import { CARD_OF_MATERIAL, type CardReadingState, cardTarget, recognizeCard } from './card-reading'
import CardReadingNote from './card-reading-note'
import type { StepKey } from './steps'

interface Props {
  draft: OrderDraft
  errorOf: (path: string) => string | undefined
  /** Opens the step and field where OCR filled something, for checking. */
  goTo: (step: StepKey, field?: string) => void
}

/**
 * 上传资料: exactly the materials this case and province need, each with its
 * guide. An ID card or licence is read right after its upload: empty fields
 * are filled and named for the person to check; differences are flagged.
 */
export default function MaterialsStep({ draft, errorOf, goTo }: Props) {
  const order = draft.order!
  const needed = requiredMaterials({ ...order, subject: draft.subject, websites: draft.websites })
  const stored = (kind: string, websiteId?: string) => order.materials.find((m) => m.kind === kind && (websiteId ? m.websiteId === websiteId : true))
  const [readings, setReadings] = useState<Record<string, CardReadingState>>({})

  const read = async (path: string, kind: string, fileID: string, websiteId?: string) => {
    const target = cardTarget(order, draft.subject, draft.websites, kind, websiteId)
    if (!target) return
    setReadings((r) => ({ ...r, [path]: { reading: true, filled: [], mismatches: [], problems: [] } }))
    const res = await recognizeCard(CARD_OF_MATERIAL[kind], fileID, target.entered, order.identity.province)
    if (!res.ok) return setReadings((r) => ({ ...r, [path]: { filled: [], mismatches: [], problems: [], error: `${res.error.message}（照片已保存，可手动填写）` } }))
    const next = target.fill(res.data.fields)
    if (next.filled.length) {
      draft.editSubject(next.subject)
      if (next.websites !== draft.websites) draft.editWebsites(next.websites)
      draft.markRecognized(next.marks)
    }
    const first = Object.keys(next.marks)[0]
    setReadings((r) => ({ ...r, [path]: { filled: next.filled, firstFilled: first, mismatches: res.data.mismatches, problems: res.data.problems } }))
  }

  return (
    <View className='wizard-step' id='materials-step'>
      <Text className='wizard-section__hint'>
        请上传原件的彩色照片或扫描件（JPG、PNG，不超过 8 MB）。上传后会立即检查，看不清或是黑白复印件会提示重新上传；身份证和营业执照会自动识别并填写。
      </Text>
      {needed.length === 0 && <Text className='wizard-section__hint'>本次备案不需要上传资料。</Text>}
      {needed.map((m) => {
        const path = `materials.${m.kind}${m.websiteId ? `.${m.websiteId}` : ''}`
        const id = `material-${m.kind}${m.websiteId ? `-${m.websiteId}` : ''}`
        return (
          <ImageUpload key={path} id={id} label={m.label} purpose='DOCUMENT'
            guide={`${m.reason}。${MATERIAL_GUIDES[m.kind]}`} sample={sampleFor(m.kind)} uploaded={!!stored(m.kind, m.websiteId)}
            fileID={stored(m.kind, m.websiteId)?.fileID} orderId={order._id} error={errorOf(path)}
            onUploaded={async (fileID) => {
              const refused = await draft.saveMaterial({ kind: m.kind, fileID, ...(m.websiteId ? { websiteId: m.websiteId } : {}) })
              if (!refused) void read(path, m.kind, fileID, m.websiteId)
              return refused
            }}>
            <CardReadingNote id={id} state={readings[path]}
              onCheck={(field) => goTo(field.startsWith('websites.') ? 'websites' : 'subject', field)} />
          </ImageUpload>
        )
      })}
    </View>
  )
}
