/**
 * npm run reviewer -- add <username> --role reviewer|supervisor [--data-dir .data]
 * npm run reviewer -- list
 *
 * The password is read from standard input (first line) when it is not a
 * terminal, otherwise prompted for without echo. While the runtime is running
 * the account is created through it (NeDB files have one writer); otherwise the
 * store is opened directly.
 */
import { cliArgs } from './args'
import readline from 'node:readline'
import { DocumentStore } from '../store/document-store'
import { ReviewerAccounts, REVIEWER_ROLES } from '../auth/reviewers'
import type { ReviewerRole } from '../auth/sessions'
import { readLiveLock } from '../lock'

const usage = 'Usage: npm run reviewer -- add <username> --role reviewer|supervisor\n       npm run reviewer -- list'

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = []
    for await (const c of process.stdin) chunks.push(c as Buffer)
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]
  }
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true })
      const out = rl as unknown as { _writeToOutput: (s: string) => void }
      out._writeToOutput = (s: string) => {
        if (s.startsWith(q)) process.stdout.write(q)
      }
      rl.question(q, (a) => {
        rl.close()
        process.stdout.write('\n')
        resolve(a)
      })
    })
  const first = await ask('Password: ')
  const again = await ask('Repeat password: ')
  if (first !== again) throw new Error('两次输入的密码不一致')
  return first
}

async function main(argv: string[]) {
  const { option: arg, dataDir, positional } = cliArgs(argv)
  const [command, username] = positional
  const live = readLiveLock(dataDir)
  if (live && !live.port) throw new Error('The runtime on this data directory is still starting; try again in a few seconds.')

  if (command === 'list') {
    if (live) throw new Error('Stop the runtime first, or read the accounts on the admin page.')
    const store = new DocumentStore(dataDir)
    for (const r of await new ReviewerAccounts(store).list()) console.log(`${r.username}\t${r.role}`)
    await store.close()
    return
  }
  if (command !== 'add' || !username) throw new Error(usage)
  const role = (arg('role') ?? 'reviewer') as ReviewerRole
  if (!REVIEWER_ROLES.includes(role)) throw new Error(`--role must be one of: ${REVIEWER_ROLES.join(', ')}`)
  const problem = ReviewerAccounts.usernameProblem(username)
  if (problem) throw new Error(problem)
  const password = await readPassword()

  if (live) {
    const res = await fetch(`http://127.0.0.1:${live.port}/__operator/${live.operatorSecret}/reviewers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, role, password })
    })
    const body = (await res.json()) as { ok: boolean; error?: { message: string } }
    if (!body.ok) throw new Error(body.error?.message ?? 'failed')
  } else {
    const store = new DocumentStore(dataDir)
    try {
      await new ReviewerAccounts(store).add(username, role, password)
    } finally {
      await store.close()
    }
  }
  console.log(`Reviewer ${username} (${role}) created.`)
}

main(process.argv.slice(2)).catch((e: Error) => {
  console.error(e.message)
  process.exit(1)
})
