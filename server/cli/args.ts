import path from 'node:path'

/**
 * The command-line conventions of the project's small CLIs: `--name value`
 * options, and the data directory from `--data-dir`, ICP_DATA_DIR or `.data`
 * (relative to the project root, where the bundles live two levels down).
 */
export function cliArgs(argv: string[]) {
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const root = path.resolve(__dirname, '..', '..')
  return {
    option,
    dataDir: path.resolve(root, option('data-dir') ?? process.env.ICP_DATA_DIR ?? '.data'),
    /** The words that are neither options nor their values. */
    positional: argv.filter((a, i) => !a.startsWith('--') && !(argv[i - 1] ?? '').startsWith('--'))
  }
}
