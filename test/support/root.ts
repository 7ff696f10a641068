import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** The project root, found from wherever this code runs (source or a bundle in .temp/). */
export function projectRoot(from = __dirname): string {
  let dir = from
  for (;;) {
    const pkg = path.join(dir, 'package.json')
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'icp-filing') return dir
    const up = path.dirname(dir)
    if (up === dir) throw new Error(`project root not found above ${from}`)
    dir = up
  }
}
