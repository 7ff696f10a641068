import { Text, View } from '@tarojs/components'
import './index.scss'

export type SampleKind = 'ID_FRONT' | 'ID_BACK' | 'LICENCE' | 'LETTER' | 'PORTRAIT'

/** Which sample drawing shows how to photograph a material. */
export function sampleFor(kind: string): SampleKind {
  if (kind.endsWith('ID_FRONT')) return 'ID_FRONT'
  if (kind.endsWith('ID_BACK')) return 'ID_BACK'
  if (kind === 'SUBJECT_CERTIFICATE' || kind === 'DOMAIN_CERTIFICATE') return 'LICENCE'
  return 'LETTER'
}

const CAPTION: Record<SampleKind, string> = {
  ID_FRONT: '示例：人像面，四角完整',
  ID_BACK: '示例：国徽面，有效期清晰',
  LICENCE: '示例：证件原件，彩色、完整',
  LETTER: '示例：整页拍摄，签字盖章清晰',
  PORTRAIT: '示例：白色背景，正面免冠'
}

/**
 * A small drawing of a good photo of the material (drawn with views, so it
 * costs no image bytes in the package).
 */
export default function MaterialSample({ kind }: { kind: SampleKind }) {
  return (
    <View className={`material-sample material-sample--${kind.toLowerCase().replace('_', '-')}`}>
      <View className='material-sample__card'>
        {kind === 'ID_FRONT' && <View className='material-sample__photo' />}
        {kind === 'ID_BACK' && <View className='material-sample__emblem' />}
        {kind === 'LICENCE' && <View className='material-sample__title' />}
        {kind === 'PORTRAIT' ? (
          <View className='material-sample__head' />
        ) : (
          <View className='material-sample__lines'>
            <View className='material-sample__line' />
            <View className='material-sample__line' />
            <View className='material-sample__line material-sample__line--short' />
          </View>
        )}
        {kind === 'LETTER' && <View className='material-sample__seal' />}
      </View>
      <Text className='material-sample__caption'>{CAPTION[kind]}</Text>
    </View>
  )
}
