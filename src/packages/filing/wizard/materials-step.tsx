import { Text, View } from '@tarojs/components'
import { requiredMaterials } from '../../../../domain/order/materials'
import ImageUpload from '../../../components/image-upload'
import { sampleFor } from '../../../components/material-sample'
import { MATERIAL_GUIDES } from './material-guides'
import type { OrderDraft } from './use-order-draft'

interface Props {
  draft: OrderDraft
  errorOf: (path: string) => string | undefined
}

/** 上传资料: exactly the materials this case and province need, each with its guide. */
export default function MaterialsStep({ draft, errorOf }: Props) {
  const order = draft.order!
  const needed = requiredMaterials({ ...order, subject: draft.subject, websites: draft.websites })
  const has = (kind: string, websiteId?: string) => order.materials.some((m) => m.kind === kind && (websiteId ? m.websiteId === websiteId : true))
  return (
    <View className='wizard-step' id='materials-step'>
      <Text className='wizard-section__hint'>
        请上传原件的彩色照片或扫描件（JPG、PNG，不超过 10 MB）。上传后会立即检查，看不清或是黑白复印件会提示重新上传。
      </Text>
      {needed.length === 0 && <Text className='wizard-section__hint'>本次备案不需要上传资料。</Text>}
      {needed.map((m) => {
        const path = `materials.${m.kind}${m.websiteId ? `.${m.websiteId}` : ''}`
        return (
          <ImageUpload key={path} id={`material-${m.kind}${m.websiteId ? `-${m.websiteId}` : ''}`} label={m.label}
            guide={`${m.reason}。${MATERIAL_GUIDES[m.kind]}`} sample={sampleFor(m.kind)} uploaded={has(m.kind, m.websiteId)} error={errorOf(path)}
            onUploaded={(fileID) => draft.saveMaterial({ kind: m.kind, fileID, ...(m.websiteId ? { websiteId: m.websiteId } : {}) })} />
        )
      })}
    </View>
  )
}
