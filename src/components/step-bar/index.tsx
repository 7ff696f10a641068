import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  steps: ReadonlyArray<{ key: string; label: string; done?: boolean }>
  current: string
  onSelect?: (key: string) => void
}

/** Where the person is in the wizard; finished steps can be revisited with one tap. */
export default function StepBar({ steps, current, onSelect }: Props) {
  const index = steps.findIndex((s) => s.key === current)
  return (
    <View className='step-bar' id='step-bar'>
      {steps.map((s, i) => (
        <View key={s.key} id={`step-${s.key}`} className={`step-bar__step${i === index ? ' step-bar__step--current' : ''}${s.done ? ' step-bar__step--done' : ''}`}
          onClick={() => onSelect?.(s.key)}>
          <Text className='step-bar__dot'>{s.done && i !== index ? '✓' : i + 1}</Text>
          <Text className='step-bar__label'>{s.label}</Text>
        </View>
      ))}
    </View>
  )
}
