import { Text, View } from '@tarojs/components'
import type { CardReadingState } from './card-reading'

/** Under a card upload: what OCR filled (to check), what differs from what was typed, and rule problems. */
export default function CardReadingNote({ id, state, onCheck }: { id: string; state?: CardReadingState; onCheck?: (field: string) => void }) {
  if (!state) return null
  if (state.reading) return <Text className='card-reading card-reading--busy' id={`${id}-ocr`}>正在识别证件…</Text>
  return (
    <View className='card-reading' id={`${id}-ocr`}>
      {state.error && <Text className='card-reading__line card-reading__line--warn'>{state.error}</Text>}
      {state.filled.length > 0 && (
        <Text className='card-reading__line card-reading__line--filled' id={`${id}-ocr-filled`}>
          已根据证件识别填写：{state.filled.join('、')}。请检查号码的正确性，如有不同请以证件为准修改。
        </Text>
      )}
      {state.firstFilled && onCheck && (
        <Text className='card-reading__check' id={`${id}-ocr-check`} onClick={() => onCheck(state.firstFilled!)}>去核对已识别的信息 ›</Text>
      )}
      {state.mismatches.map((m) => (
        <Text key={m.field} className='card-reading__line card-reading__line--warn' id={`${id}-ocr-mismatch-${m.field}`}>
          {m.message}：证件上为“{m.read}”，已填写“{m.entered}”
        </Text>
      ))}
      {state.problems.map((p) => (
        <Text key={p.code} className='card-reading__line card-reading__line--warn'>{p.message}</Text>
      ))}
      {!state.error && !state.filled.length && !state.mismatches.length && !state.problems.length && (
        <Text className='card-reading__line'>已识别证件，与填写的信息一致。</Text>
      )}
    </View>
  )
}
