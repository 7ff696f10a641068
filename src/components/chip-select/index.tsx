import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  id: string
  options: ReadonlyArray<{ value: string; label: string }>
  value: readonly string[]
  onChange: (value: string[]) => void
  /** One choice only (radio behaviour). */
  single?: boolean
  disabled?: boolean
}

/** Choices as large tappable chips: better than tiny checkboxes on a phone. */
export default function ChipSelect({ id, options, value, onChange, single, disabled }: Props) {
  const toggle = (v: string) => {
    if (disabled) return
    if (single) return onChange([v])
    onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v])
  }
  return (
    <View className='chip-select' id={id}>
      {options.map((o) => (
        <View key={o.value} id={`${id}-${o.value}`} className={`chip-select__chip${value.includes(o.value) ? ' chip-select__chip--on' : ''}${disabled ? ' chip-select__chip--disabled' : ''}`}
          onClick={() => toggle(o.value)}>
          <Text>{o.label}</Text>
        </View>
      ))}
    </View>
  )
}
