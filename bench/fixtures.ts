import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { residentIdCheckChar } from '../domain/rules/resident-id'
import { PROVINCES } from '../types/province'

/** A checksum-valid resident ID number for person `i` (fictional). */
export function residentId(i: number): string {
  const region = `${PROVINCES[i % PROVINCES.length].code}0101`
  const birth = `19${60 + (i % 40)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`
  const first17 = `${region}${birth}${String(i % 1000).padStart(3, '0')}`
  return first17 + residentIdCheckChar(first17)
}

const line = (doc: object) => `${JSON.stringify(doc)}\n`

/**
 * Writes NeDB datafiles straight into `<dataDir>/db` — the embedded store's
 * on-disk format — so a benchmark starts with a large, realistic database.
 */
export function seedStore(dataDir: string, counts: { orders: number; registry: number }): void {
  const dir = path.join(dataDir, 'db')
  mkdirSync(dir, { recursive: true })
  const statuses = ['APPROVED', 'APPROVED', 'APPROVED', 'ABANDONED', 'PENDING_INITIAL_REVIEW', 'DRAFT']
  let orders = ''
  for (let i = 0; i < counts.orders; i++) {
    const cert = residentId(i + 1_000_000)
    orders += line({
      _id: `order${i}`,
      ownerOpenid: `bench_owner_${i}`,
      certificateKey: cert,
      status: statuses[i % statuses.length],
      filingType: 'FIRST_FILING',
      province: PROVINCES[i % PROVINCES.length].code,
      version: 3,
      createdAt: { $$date: Date.UTC(2026, 0, 1) + i * 1000 }
    })
  }
  writeFileSync(path.join(dir, 'orders.db'), orders)
  let subjects = ''
  let websites = ''
  for (let i = 0; i < counts.registry; i++) {
    const cert = residentId(i)
    const province = PROVINCES[Number(cert.slice(0, 2)) === 0 ? 0 : PROVINCES.findIndex((p) => p.code === cert.slice(0, 2))]
    subjects += line({
      _id: `rs${i}`,
      certificateKey: cert,
      certificateType: 'RESIDENT_ID',
      certificateNumber: cert,
      hostNature: 'PERSONAL',
      province: province.code,
      subjectNumber: `${province.abbr}ICP备${2020000000 + i}号`,
      shell: false,
      ours: i % 3 === 0,
      pendingAtRegulatorElsewhere: false
    })
    websites += line({
      _id: `rw${i}`,
      domains: [`site${i}.com`],
      websiteNumber: `${province.abbr}ICP备${2020000000 + i}号-1`,
      subjectCertificateKey: cert,
      subjectCertificateType: 'RESIDENT_ID',
      subjectCertificateNumber: cert,
      ours: i % 3 === 0
    })
  }
  writeFileSync(path.join(dir, 'registry_subjects.db'), subjects)
  writeFileSync(path.join(dir, 'registry_websites.db'), websites)
}
