import path from 'node:path'

export interface RuntimeConfig {
  host: string
  port: number
  dataDir: string
  /** Project root: where cloudfunctions/ and dist/ are. */
  root: string
  appId: string
  /** Build the H5 app, admin page and functions when missing or stale. */
  build: boolean
  /** Seed the sandbox regulator's fixture on first start. */
  sandbox: boolean
}

/** Reads `--port 8080 --data-dir .data --host 127.0.0.1 --no-build`, then env, then defaults. */
export function readConfig(argv: string[], env: NodeJS.ProcessEnv, root: string): RuntimeConfig {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const port = Number(arg('port') ?? env.PORT ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port: ${arg('port') ?? env.PORT}`)
  return {
    host: arg('host') ?? env.HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(root, arg('data-dir') ?? env.ICP_DATA_DIR ?? '.data'),
    root,
    appId: env.ICP_APPID ?? 'wx-local-appid',
    build: !argv.includes('--no-build') && env.ICP_NO_BUILD !== '1',
    sandbox: !argv.includes('--no-sandbox') && env.ICP_SANDBOX !== '0'
  }
}
