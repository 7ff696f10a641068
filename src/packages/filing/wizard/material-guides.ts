import type { MaterialKind } from '../../../../domain/order/materials'

/** How to photograph each material (the seeds' 拍摄要求), shown as its sample. */
export const MATERIAL_GUIDES: Record<MaterialKind, string> = {
  SUBJECT_CERTIFICATE: '营业执照等证件原件的彩色照片或扫描件，四角完整，文字清晰可辨，不能是复印件或黑白件',
  SUBJECT_PRINCIPAL_ID_FRONT: '身份证人像面彩色原件，平放拍摄，四角完整、无反光遮挡，号码清晰',
  SUBJECT_PRINCIPAL_ID_BACK: '身份证国徽面彩色原件，有效期限清晰可见',
  WEBSITE_PRINCIPAL_ID_FRONT: '网站负责人身份证人像面彩色原件，四角完整、号码清晰',
  WEBSITE_PRINCIPAL_ID_BACK: '网站负责人身份证国徽面彩色原件，有效期限清晰可见',
  SUBJECT_PRINCIPAL_AUTH_LETTER: '法定代表人签字并加盖单位公章的授权书，整页拍摄',
  WEBSITE_PRINCIPAL_AUTH_LETTER: '法定代表人签字并加盖单位公章的网站负责人授权书，整页拍摄',
  RESIDENCE_PROOF: '居住证正反面或居住证明原件的彩色照片',
  PARTY_BUILDING_LETTER: '当地网信办出具的党建证明原件彩色扫描件',
  COMMITMENT_LETTER: '打印承诺书，按要求签字（盖章、按手印）后整页彩色拍摄',
  DOMAIN_CERTIFICATE: '域名注册商出具的域名证书，持有者须与主办者一致',
  CONSTRUCTION_PLAN: '网站建设方案书，签字盖章后整页拍摄'
}
