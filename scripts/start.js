#!/usr/bin/env node
// npm start: build what is missing or stale, then run the local cloud runtime.
'use strict'
const path = require('node:path')
const { ensureBuilt } = require('./build-steps')

const root = path.resolve(__dirname, '..')
ensureBuilt(root, ['server'], (m) => console.log(m))
  .then(() => {
    process.argv = [process.argv[0], path.join(root, 'dist/server/main.js'), ...process.argv.slice(2)]
    require(path.join(root, 'dist/server/main.js')).runCli()
  })
  .catch((e) => {
    console.error(e.message)
    process.exit(1)
  })
