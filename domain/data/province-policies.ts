/**
 * Provinces whose 管局 lets a shell subject (空壳主体) add a website directly
 * instead of cancelling it first (spec §2.3, B14; [P-HWKB] doc_0037).
 */
export const SHELL_SUBJECT_ADD_SITE_PROVINCES: readonly string[] = [
  '12', // 天津
  '21', // 辽宁
  '51', // 四川
  '53', // 云南
  '32', // 江苏
  '33', // 浙江
  '31', // 上海
  '45', // 广西
  '14', // 山西
  '11', // 北京
  '52' // 贵州
]
