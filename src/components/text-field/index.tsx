import { Input, Text } from '@tarojs/components'
import FormField from '../form-field'
import './index.scss'

interface Props {
  /** Dotted path of the value, e.g. `subject.principal.mobile`; DOM ids derive from it. */
  path: string
  label: string
  value: string | undefined
  onChange: (value: string) => void
  error?: string
  hint?: string
  placeholder?: string
  /** Sensible keyboards: `number` for phones, `idcard` for ID numbers. */
  type?: 'text' | 'number' | 'idcard' | 'digit'
  maxlength?: number
  /** Fixed by an earlier step: shown greyed with the reason as hint. */
  disabled?: boolean
  onBlur?: () => void
}

export const domId = (path: string) => path.replace(/[^A-Za-z0-9_-]+/g, '-')

/** A labelled text input bound to one field of a draft. */
export default function TextField({ path, label, value, onChange, error, hint, placeholder, type = 'text', maxlength = 100, disabled, onBlur }: Props) {
  const id = domId(path)
  return (
    <FormField id={id} label={label} error={error} hint={hint}>
      {disabled ? (
        <Text className='text-field__fixed' id={`${id}-input`}>{value || '—'}</Text>
      ) : (
        <Input id={`${id}-input`} className='text-field__input' type={type} maxlength={maxlength} placeholder={placeholder ?? `请输入${label}`}
          value={value ?? ''} onInput={(e) => onChange(e.detail.value)} onBlur={onBlur} />
      )}
    </FormField>
  )
}
