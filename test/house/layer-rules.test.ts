import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The project's own layer rules (`npm run check:layers`) run over a small tree written here,
// so that a rule which stopped matching anything would fail this test rather than pass silently.
const root = resolve(import.meta.dirname, '../..')
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
const config = join(root, '.dependency-cruiser.cjs')
const folders: string[] = []

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** Writes the files into a fresh project beside this one's node_modules and cruises it. */
function cruise(files: Record<string, string>): { code: number | null; violations: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'layer-rules-'))
  folders.push(folder)
  symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'), 'dir')
  const tsconfig = { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', types: ['node'] } }
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(tsconfig))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true })
    writeFileSync(join(folder, path), text)
  }
  // The same reporter as `npm run check:layers`, whose exit code is what fails `npm test`.
  const run = spawnSync(process.execPath, [depcruise, 'src', 'commands', '--config', config], { cwd: folder, encoding: 'utf8' })
  const violations = [...run.stdout.matchAll(/^\s*error (\S+: \S+ → \S+)$/gm)].map((match) =>
    // A package is named as imported, wherever its files resolve.
    match[1]!.replace(/\S*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/\S*$/, '$1'),
  )
  return { code: run.status, violations: violations.sort() }
}

describe('the layer rules', () => {
  it('pass a tree that keeps to them', () => {
    const result = cruise({
      'src/core/answer.ts': "import { helper } from './helper.js'\nexport const answer = helper\n",
      'src/core/helper.ts': 'export const helper = 1\n',
      'commands/ask.ts': "import { answer } from '../src/core/answer.js'\nexport const ask = answer\n",
      'src/adapters/shared/button.ts': 'export const button = 1\n',
      'src/adapters/discord/render.ts':
        "import { Client } from 'discord.js'\nimport { button } from '../shared/button.js'\nimport { ask } from '../../../commands/ask.js'\nexport const render = [Client, button, ask]\n",
      'src/adapters/slack/blocks.ts':
        "import { App } from '@slack/bolt'\nimport { button } from '../shared/button.js'\nexport const blocks = [App, button]\n",
      'src/app/run-platforms.ts':
        "import { render } from '../adapters/discord/render.js'\nimport { blocks } from '../adapters/slack/blocks.js'\nexport const run = [render, blocks]\n",
    })
    expect(result.violations).toEqual([])
    expect(result.code).toBe(0)
  })

  it('fail, naming each rule broken, when the core, commands, adapters or app cross a layer', () => {
    const result = cruise({
      'src/core/reads-files.ts':
        "import { readFileSync } from 'node:fs'\nimport { readdir } from 'fs/promises'\nexport const read = [readFileSync, readdir]\n",
      'src/core/speaks-discord.ts': "import { Client } from 'discord.js'\nexport const client = Client\n",
      'commands/speaks-slack.ts': "import type { App } from '@slack/bolt'\nexport type Slack = App\n",
      'commands/renders.ts': "import { blocks } from '../src/adapters/slack/blocks.js'\nexport const rendered = blocks\n",
      'src/adapters/slack/blocks.ts': 'export const blocks = 1\n',
      'src/adapters/terminal/session.ts': "import { blocks } from '../slack/blocks.js'\nexport const session = blocks\n",
      'src/app/health.ts': "import { session } from '../adapters/terminal/session.js'\nexport const health = session\n",
    })
    expect(result.code).not.toBe(0)
    expect(result.violations).toEqual([
      'adapters-not-each-other: src/adapters/terminal/session.ts → src/adapters/slack/blocks.ts',
      'app-adapters-only-from-composition-root: src/app/health.ts → src/adapters/terminal/session.ts',
      'discord-sdk-in-discord-adapter: src/core/speaks-discord.ts → discord.js',
      'neutral-no-adapters: commands/renders.ts → src/adapters/slack/blocks.ts',
      'neutral-no-chat-sdk: commands/speaks-slack.ts → @slack/bolt',
      'neutral-no-chat-sdk: src/core/speaks-discord.ts → discord.js',
      'neutral-no-file-system: src/core/reads-files.ts → fs',
      'neutral-no-file-system: src/core/reads-files.ts → fs/promises',
      'slack-sdk-in-slack-adapter: commands/speaks-slack.ts → @slack/bolt',
    ])
  })
})
