#!/usr/bin/env node
// Runs a TypeScript entry point (bench, tools): bundles it with esbuild into
// .temp/ (node_modules stay external) and executes it with the given arguments.
'use strict'
const path = require('node:path')
const esbuild = require('esbuild')

const root = path.resolve(__dirname, '..')
const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.js <file.ts> [args…]')
  process.exit(2)
}
const outfile = path.join(root, '.temp', 'run', entry.replace(/[\\/]/g, '_').replace(/\.tsx?$/, '.js'))
esbuild
  .build({ absWorkingDir: root, entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', sourcemap: 'inline', logLevel: 'warning' })
  .then(() => {
    const r = require('node:child_process').spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' })
    process.exit(r.status ?? 1)
  })
  .catch((e) => {
    console.error(e.message)
    process.exit(1)
  })
