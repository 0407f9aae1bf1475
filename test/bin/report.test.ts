import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/store/migrations.js'
import { openStore } from '../../src/store/open-store.js'
import { recordingLog } from '../helpers/recording-log.js'
import { runProgram } from '../helpers/run-program.js'
import { emptyPgliteFolder } from '../helpers/store-backends.js'

const REPORT = 'dist/src/bin/report.js'

describe('npm run report, the program', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await emptyPgliteFolder()
    const store = await openStore({ dataDir, keepQuestions: true, retentionDays: 90 }, recordingLog())
    for (let i = 0; i < 12; i++) {
      store.recorder.record(
        {
          id: `r${i}`,
          platform: 'slack',
          userId: `U${i}`,
          command: 'ask',
          question: i % 3 === 0 ? 'data export rules' : 'What are the rules on data export?',
        },
        { outcome: 'refused', latencyMs: 10 },
      )
    }
    await store.close()
  })
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it('reads the folder DATA_DIR names', async () => {
    const { code, stdout } = await runProgram(REPORT, [], '', { DATA_DIR: dataDir })
    expect(code).toBe(0)
    expect(stdout).toContain('12 questions about rules data export went unanswered — “What are the rules on data export?”')
  })

  it('stops with one line on a broken setting or a store newer than the program', async () => {
    const broken = await runProgram(REPORT, [], '', { DATABASE_URL: 'mysql://root:pw@127.0.0.1/bot' })
    expect(broken).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Configuration: DATABASE_URL must be a URL such as postgres://user:password@host:5432/database\n',
    })
    const store = await openStore({ dataDir, keepQuestions: true, retentionDays: 90 }, recordingLog())
    await store.db.query('INSERT INTO store_schema (version) VALUES (999)')
    await store.close()
    const newer = await runProgram(REPORT, ['--json'], '', { DATA_DIR: dataDir })
    expect(newer.code).toBe(1)
    expect(newer.stdout).toBe('')
    const latest = Math.max(...MIGRATIONS.map((migration) => migration.version))
    expect(newer.stderr).toMatch(
      new RegExp(`^report: The request store in .* has schema version 999, newer than this program knows \\(${latest}\\): [^\\n]*\\n$`),
    )
  })
})
