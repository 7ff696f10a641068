import { cardFieldProblems } from '../../domain/rules/card-fields'
import { extractIdFront } from '../../cloud/ocr/extract/resident-id'
import { extractBusinessLicense } from '../../cloud/ocr/extract/business-license'
import type { TextLine } from '../../cloud/ocr/extract/layout'

/** Checks of values read from cards, and field extraction from text lines however the photo was tilted. */
describe('checks of read values', () => {
  const today = '2026-12-01'
  const codes = (f: Parameters<typeof cardFieldProblems>[0]) => cardFieldProblems(f, today, 3).map((p) => p.code)

  it('accepts a consistent ID card', () => {
    expect(codes({ idNumber: '110101199003074477', birthDate: '1990-03-07', gender: '男', validTo: 'LONG_TERM' })).toEqual([])
  })
  it('flags a wrong check digit, a birth date or gender that disagrees with the number', () => {
    expect(codes({ idNumber: '110101199003074478' })).toEqual(['OCR.ID_CHECKSUM'])
    expect(codes({ idNumber: '110101199003074477', birthDate: '1990-03-08', gender: '女' })).toEqual(['OCR.BIRTH_MISMATCH', 'OCR.GENDER_MISMATCH'])
  })
  it('flags a credit code whose check character is wrong', () => {
    expect(codes({ creditCode: '91110000600037341L' })).toEqual([])
    expect(codes({ creditCode: '91110000600037341M' })).toEqual(['OCR.CREDIT_CODE_CHECKSUM'])
  })
  it('flags an expired certificate and one expiring within the province window', () => {
    expect(codes({ validFrom: '2006-01-01', validTo: '2026-11-30' })).toEqual(['OCR.EXPIRED'])
    expect(codes({ validFrom: '2007-01-01', validTo: '2027-02-15' })).toEqual(['OCR.EXPIRING'])
    expect(cardFieldProblems({ validTo: '2027-02-15' }, today, 2)).toEqual([])
  })
})

/** Lines as an engine returns them for a card rotated by `deg`, in shuffled order. */
function tilted(rows: Array<[string, number, number]>, deg: number): TextLine[] {
  const a = (deg * Math.PI) / 180
  const rot = (x: number, y: number): [number, number] => [x * Math.cos(a) - y * Math.sin(a) + 200, x * Math.sin(a) + y * Math.cos(a) + 100]
  const lines = rows.map(([text, x, y]) => {
    const w = text.length * 30
    return { text, score: 0.98, box: [rot(x, y), rot(x + w, y), rot(x + w, y + 32), rot(x, y + 32)] }
  })
  return lines.reverse()
}

describe('field extraction', () => {
  const front: Array<[string, number, number]> = [
    ['姓名', 50, 70], ['张三丰', 160, 68],
    ['性别', 50, 135], ['男', 160, 135], ['民族', 270, 135], ['汉', 380, 135],
    ['出生', 50, 200], ['1990年3月7日', 160, 200],
    ['北京市东城区和平路', 160, 270], ['住址', 50, 292], ['8号院3栋', 160, 312],
    ['公民身份号码', 50, 440], ['11010119900307447７', 300, 440]
  ]

  it.each([0, 7, -12])('reads an ID front tilted by %i°, the address label beside its second row', (deg) => {
    const r = extractIdFront(tilted(front, deg), '2026-12-01')
    expect(r.fields).toEqual({ idNumber: '110101199003074477', name: '张三丰', gender: '男', ethnicity: '汉', birthDate: '1990-03-07', address: '北京市东城区和平路8号院3栋' })
  })

  it('reads a licence whose labels are split and share rows with other fields', () => {
    const lines = tilted(
      [
        ['统一社会信用代码', 90, 250], ['9111OOOO6OOO37341L', 90, 290],
        ['名', 90, 360], ['称', 180, 360], ['星辰网络科技有限公司', 260, 360], ['注册资本', 700, 360], ['壹佰万元整', 820, 360],
        ['法定代表人王五', 90, 410], ['营业期限2015年03月07日至长期', 700, 410],
        ['住所北京市海淀区学府路', 90, 460], ['1号', 260, 500]
      ],
      4
    )
    expect(extractBusinessLicense(lines).fields).toEqual({
      creditCode: '91110000600037341L', companyName: '星辰网络科技有限公司', legalRepresentative: '王五', address: '北京市海淀区学府路1号', validFrom: '2015-03-07', validTo: 'LONG_TERM'
    })
  })
})
