#!/usr/bin/env node
// npm test: build what the tests exercise (only what changed), then run every
// Jest project: unit, integration, e2e (headless Chromium) and weapp.
'use strict'
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { ensureBuilt } = require('./build-steps')

const root = path.resolve(__dirname, '..')
ensureBuilt(root, ['server', 'functions', 'admin', 'h5', 'weapp'], (m) => console.log(m))
  .then(() => {
    const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
    const r = spawnSync(process.execPath, [jest, '--maxWorkers=2', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
    process.exit(r.status ?? 1)
  })
  .catch((e) => {
    console.error(e.message)
    process.exit(1)
  })
