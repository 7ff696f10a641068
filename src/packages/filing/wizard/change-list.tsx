import { Text, View } from '@tarojs/components'
import type { FieldChange, WebsiteDraft } from '../../../../types/order'
import { describeChanges } from '../../../../domain/order/field-labels'

/** 变更内容: each changed field, before → after, so the applicant checks exactly what the 管局 will see changed. */
export default function ChangeList({ changes, order }: { changes: readonly FieldChange[]; order: { websites: readonly WebsiteDraft[] } }) {
  return (
    <View className='wizard-card' id='change-list'>
      <Text className='wizard-card__title'>变更内容（{changes.length} 项）</Text>
      {describeChanges(changes, order.websites).map((c) => (
        <View key={c.path} className='change-list__row' id={`change-${c.path.replace(/[^A-Za-z0-9_-]+/g, '-')}`}>
          <Text className='change-list__label'>{c.label}</Text>
          <Text className='change-list__before'>{c.before}</Text>
          <Text className='change-list__after'>→ {c.after}</Text>
        </View>
      ))}
    </View>
  )
}
