#!/usr/bin/env node
// npm run test:automator — the same journeys as the H5 end-to-end tests, in
// WeChat DevTools through miniprogram-automator. DevTools runs on Windows and
// macOS only; set WECHAT_DEVTOOLS_CLI to its `cli` to run these specs.
// Without it this says so and exits 0 (these specs are not part of npm test).
'use strict'
const { existsSync } = require('node:fs')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const cli = process.env.WECHAT_DEVTOOLS_CLI
if (!cli || !existsSync(cli)) {
  console.log(
    'miniprogram-automator: WeChat DevTools is not available on this machine, so the automator specs were not run.\n' +
      'To run them: install WeChat DevTools (Windows/macOS), enable 设置 → 安全设置 → 服务端口, then\n' +
      '  WECHAT_DEVTOOLS_CLI="/Applications/wechatwebdevtools.app/Contents/MacOS/cli" npm run test:automator'
  )
  process.exit(0)
}
const root = path.resolve(__dirname, '..', '..')
const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.js'), 'weapp'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const r = spawnSync(process.execPath, [jest, '--rootDir', root, '--testMatch', '**/test/automator/**/*.spec.ts', '--runInBand', '--testTimeout', '180000'], {
  stdio: 'inherit',
  cwd: root
})
process.exit(r.status ?? 1)
