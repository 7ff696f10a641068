import { readFileSync } from 'node:fs'
import path from 'node:path'
import { renderApiDocs, renderSandboxDocs } from '../../scripts/api-docs'

describe('docs/api.md', () => {
  it('matches the schemas (run `npm run docs:api` after changing an action)', () => {
    const committed = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'api.md'), 'utf8')
    expect(committed).toBe(renderApiDocs())
  })
  it('docs/sandbox.md matches the fixture', () => {
    expect(readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'sandbox.md'), 'utf8')).toBe(renderSandboxDocs())
  })
})
