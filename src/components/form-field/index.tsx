import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { useRecognized } from './recognized'
import './index.scss'

interface Props {
  id: string
  label: string
  hint?: string
  error?: string
  children: ReactNode
}

/** A labelled form row with its hint and, when there is one, its error right below. */
export default function FormField({ id, label, hint, error, children }: Props) {
  const recognized = useRecognized(id)
  return (
    <View className={`form-field${error ? ' form-field--error' : ''}${recognized ? ' form-field--recognized' : ''}`} id={`field-${id}`}>
      <Text className='form-field__label'>{label}</Text>
      <View className='form-field__control'>{children}</View>
      {recognized && (
        <Text className='form-field__recognized' id={`recognized-${id}`}>
          已识别，请核对
        </Text>
      )}
      {error ? (
        <Text className='form-field__error' id={`error-${id}`}>
          {error}
        </Text>
      ) : hint ? (
        <Text className='form-field__hint'>{hint}</Text>
      ) : null}
    </View>
  )
}
