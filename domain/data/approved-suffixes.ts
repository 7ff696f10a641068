/**
 * Domain suffixes approved by MIIT for filing (可备案域名后缀), as data.
 * Source: spec §4.2 (Tencent Cloud list updated 2022-08-30, 169 entries).
 * MIIT changes this list over time: edit here, keep `kind` accurate.
 */
export type SuffixKind = 'cctld' | 'cn2ld' | 'gtld' | 'idn'

export interface ApprovedSuffix {
  /** Unicode form without the leading dot, e.g. `com.cn`, `政务.cn`, `中国`. */
  suffix: string
  kind: SuffixKind
}

const list = (kind: SuffixKind, suffixes: string) =>
  suffixes
    .trim()
    .split(/\s+/)
    .map((s) => ({ suffix: s.replace(/^\./, ''), kind }))

export const APPROVED_SUFFIXES: readonly ApprovedSuffix[] = [
  ...list('cctld', '.cn'),
  ...list('idn', '.中国'),
  ...list('cn2ld', '.政务.cn .公益.cn .gov.cn .org.cn .ac.cn .mil.cn .net.cn .edu.cn .com.cn'),
  ...list(
    'cn2ld',
    `.bj.cn .tj.cn .sh.cn .cq.cn .he.cn .sx.cn .nm.cn .ln.cn .jl.cn .hl.cn .js.cn .zj.cn .ah.cn
     .fj.cn .jx.cn .sd.cn .ha.cn .hb.cn .hn.cn .gd.cn .gx.cn .hi.cn .sc.cn .gz.cn .yn.cn .xz.cn
     .sn.cn .qh.cn .nx.cn .xj.cn .tw.cn .hk.cn .mo.cn`
  ),
  ...list(
    'idn',
    `.政务 .公益 .公司 .网络 .网址 .商城 .网店 .中信 .商标 .广东 .佛山 .信息 .手机 .在线 .中文网
     .集团 .我爱你 .商店 .企业 .娱乐 .游戏 .购物 .餐厅 .招聘 .时尚 .移动 .网站 .联通 .世界 .健康`
  ),
  ...list(
    'gtld',
    `.ren .wang .citic .top .sohu .xin .com .net .club .xyz .vip .site .shop .ink .info .mobi .red
     .pro .kim .ltd .group .biz .auto .link .work .law .beer .store .tech .fun .online .art .design
     .wiki .love .center .video .social .team .show .cool .zone .world .today .city .chat .company
     .live .fund .gold .plus .guru .run .pub .email .life .co .fashion .fit .luxe .yoga .baidu
     .cloud .host .space .press .website .archi .asia .bio .black .blue .green .lotto .organic .pet
     .pink .poker .promo .ski .vote .voto .icu .fans .tv .cc .unicom .jpmorgan .chase .band .cab
     .cafe .cash .fan .fyi .games .market .mba .news .media .sale .shopping .studio .tax
     .technology .vin .baby .college .monster .protection .rent .security .storage .theatre .bond
     .cyou .uno .school .global .me`
  )
]
