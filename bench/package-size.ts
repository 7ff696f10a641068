import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const WECHAT_MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024

/** Bytes of what WeChat uploads as the main package (no source maps, no local config). */
export function weappPackageBytes(root: string): { main: number; total: number; subpackages: Record<string, number> } {
  const dir = path.join(root, 'dist', 'weapp')
  const app = JSON.parse(require('node:fs').readFileSync(path.join(dir, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> }
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const subpackages: Record<string, number> = Object.fromEntries(subRoots.map((r) => [r, 0]))
  let total = 0
  const walk = (p: string) => {
    for (const name of readdirSync(p)) {
      const full = path.join(p, name)
      const rel = path.relative(dir, full)
      if (name.startsWith('.') || name.endsWith('.map') || rel === 'project.config.json' || rel === 'project.private.config.json') continue
      const st = statSync(full)
      if (st.isDirectory()) walk(full)
      else {
        total += st.size
        const sub = subRoots.find((r) => rel === r || rel.startsWith(`${r}/`))
        if (sub) subpackages[sub] += st.size
      }
    }
  }
  walk(dir)
  const main = total - Object.values(subpackages).reduce((a, b) => a + b, 0)
  return { main, total, subpackages }
}
