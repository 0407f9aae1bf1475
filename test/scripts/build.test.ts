import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runProgram } from '../helpers/run-program.js'

// `npm start` and the other programs run through scripts/run.mjs, which builds only when a source changed.
// Here in a copy of the project, with the current build (test/setup/build.ts made it) copied too.
let project: string
const GREETING = 'No chat credentials set: running in the terminal.'
const BUILDING = 'Building (the sources changed since the last build)…\n'

beforeAll(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'bot-build-'))
  for (const entry of [
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'scripts',
    'src',
    'commands',
    'corpus',
    'dist',
  ]) {
    cpSync(entry, path.join(project, entry), { recursive: true, preserveTimestamps: true })
  }
  symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'), 'dir')
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

const start = (input: string) => runProgram('scripts/run.mjs', ['dist/src/bin/start.js'], input, {}, project)

describe('scripts/run.mjs: build once, never run a stale build', () => {
  it('runs a current build at once, and rebuilds after a source file changes, even when its modification time does not', async () => {
    const current = await start('how many 5g towers\n')
    expect(current.stderr).toBe(`${GREETING} To connect Discord or Slack, set DISCORD_TOKEN or SLACK_BOT_TOKEN (see the README).\n`)
    expect(current.stdout).toContain('1.85 million 5G cell towers')

    // Change what the program says, and put the file's times back as they were: only its content tells.
    const source = path.join(project, 'src/bin/start.ts')
    const { atime, mtime } = statSync(source)
    writeFileSync(source, readFileSync(source, 'utf8').replace(GREETING, 'Edited: the terminal session.'))
    utimesSync(source, atime, mtime)

    const edited = await start('how many 5g towers\n')
    expect(edited.code).toBe(0)
    expect(edited.stderr).toBe(
      `${BUILDING}Edited: the terminal session. To connect Discord or Slack, set DISCORD_TOKEN or SLACK_BOT_TOKEN (see the README).\n`,
    )
    expect(edited.stdout).toContain('1.85 million 5G cell towers')

    const again = await start('')
    expect(again.stderr).not.toContain(BUILDING)
    expect(again.stderr).toContain('Edited: the terminal session.')
  }, 120_000)

  it('does not run a build that fails, and says why', async () => {
    const source = path.join(project, 'src/cli/run-ask.ts')
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nconst broken: number = 'not a number'\n`)
    const { code, stdout, stderr } = await runProgram(
      'scripts/run.mjs',
      ['dist/src/bin/ask.js', '--json', 'internet penetration'],
      '',
      {},
      project,
    )
    expect(code).not.toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toContain("error TS2322: Type 'string' is not assignable to type 'number'.")
  }, 120_000)
})
