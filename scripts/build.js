#!/usr/bin/env node
// npm run build [all|functions|admin|h5|weapp|server]
'use strict'
const path = require('node:path')
const { ensureBuilt } = require('./build-steps')

const ALL = ['server', 'functions', 'admin', 'h5', 'weapp']
const which = process.argv.slice(2)
const names = which.length === 0 || which.includes('all') ? ALL : which
ensureBuilt(path.resolve(__dirname, '..'), names, (m) => console.log(m)).catch((e) => {
  console.error(e.message)
  process.exit(1)
})
