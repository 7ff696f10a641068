import { Picker, Text, View } from '@tarojs/components'
import './index.scss'

export interface Option {
  value: string
  label: string
}

interface Props {
  id: string
  options: readonly Option[]
  value: string
  placeholder: string
  disabled?: boolean
  onChange: (value: string) => void
}

/** A one-of-many choice shown as the platform's bottom picker. */
export default function SelectField({ id, options, value, placeholder, disabled, onChange }: Props) {
  const index = options.findIndex((o) => o.value === value)
  return (
    <Picker
      id={`${id}-control`}
      className='select-field__picker'
      mode='selector'
      range={options.map((o) => o.label)}
      value={Math.max(index, 0)}
      disabled={disabled}
      onChange={(e) => onChange(options[Number(e.detail.value)]?.value ?? '')}
    >
      <View className={`select-field${index < 0 ? ' select-field--empty' : ''}`} id={id}>
        <Text>{index >= 0 ? options[index].label : placeholder}</Text>
        <Text className='select-field__arrow'>›</Text>
      </View>
    </Picker>
  )
}
