import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export interface RuntimeLock {
  pid: number
  port: number
  operatorSecret: string
  startedAt: string
}

export const lockPath = (dataDir: string) => path.join(dataDir, 'runtime.json')

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The runtime that holds this data directory, if one is running. */
export function readLiveLock(dataDir: string): RuntimeLock | null {
  try {
    const lock = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as RuntimeLock
    return lock.pid !== process.pid && alive(lock.pid) ? lock : null
  } catch {
    return null
  }
}

export function writeLock(dataDir: string, lock: RuntimeLock): void {
  writeFileSync(lockPath(dataDir), JSON.stringify(lock), { mode: 0o600 })
}

export function removeLock(dataDir: string): void {
  rmSync(lockPath(dataDir), { force: true })
}
