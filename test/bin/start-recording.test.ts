import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { openPgliteDatabase } from '../../src/store/pglite-database.js'
import { recordingLog } from '../helpers/recording-log.js'
import { closedPort, runProgram } from '../helpers/run-program.js'
import { emptyPgliteFolder } from '../helpers/store-backends.js'

const START = 'dist/src/bin/start.js'

// `npm start` opens the request store in DATA_DIR by itself: nothing more to install or set.
describe('npm start, recording', () => {
  let dataDir: string
  beforeAll(async () => {
    dataDir = await emptyPgliteFolder()
  })
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it('records each line of a terminal session once, and /report there shows the summary', async () => {
    const { code, stdout, stderr } = await runProgram(START, [], 'how many 5g towers\nwho won the champions league final\n/report\n', {
      DATA_DIR: dataDir,
      STORE_REQUESTS: 'true',
    })
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.not.stringContaining('rror') })
    expect(stdout).toMatch(/ask> \/report\nLast 30 days: \d+ questions asked/)
    const db = await openPgliteDatabase(dataDir)
    try {
      const rows = await db.query<{ platform: string; command: string; question: string; outcome: string; user_hash: string | null }>(
        'SELECT platform, command, question, outcome, user_hash FROM requests ORDER BY at',
      )
      expect(rows).toEqual([
        { platform: 'terminal', command: 'ask', question: 'how many 5g towers', outcome: 'answered', user_hash: null },
        { platform: 'terminal', command: 'ask', question: 'who won the champions league final', outcome: 'refused', user_hash: null },
        { platform: 'terminal', command: 'report', question: null, outcome: 'answered', user_hash: null },
      ])
    } finally {
      await db.close()
    }
  })

  it('stops with one line when the store has a schema newer than the program', async () => {
    const store = await openStore({ dataDir, keepQuestions: true, retentionDays: 90 }, recordingLog())
    await store.db.query('INSERT INTO store_schema (version) VALUES (999)')
    await store.close()
    // The store opens after the prompt, so the session may have begun; it stops once the store says why.
    const { code, stderr } = await runProgram(START, [], 'how many 5g towers\n', { DATA_DIR: dataDir, STORE_REQUESTS: 'true' })
    expect(code).toBe(1)
    const lines = stderr.trimEnd().split('\n')
    expect(lines.at(-1)).toMatch(/^The request store in .* has schema version 999, newer than this program knows \(\d+\): .*$/)
    expect(lines.filter((line) => line.includes('request store'))).toHaveLength(1)
  })

  it('stops a chat bot with one line before it connects, when the store has a schema newer than the program', async () => {
    // The store the test above left at version 999. Nothing listens at DISCORD_API_URL: had the bot tried to connect, it would say so instead.
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api`
    const token = `${'M'.repeat(24)}.${'G'.repeat(6)}.${'x'.repeat(38)}`
    const { code, stderr } = await runProgram(START, [], '', {
      DATA_DIR: dataDir,
      STORE_REQUESTS: 'true',
      DISCORD_TOKEN: token,
      DISCORD_API_URL: apiUrl,
      LOG_LEVEL: 'error',
    })
    expect(code).toBe(1)
    expect(stderr).toMatch(/^The request store in .* has schema version 999, newer than this program knows \(\d+\): [^\n]*\n$/)
  })

  it('records piped questions into a store it creates, though they are answered before it is open', async () => {
    // No folder yet: creating the embedded database takes seconds, answering a line far less.
    const fresh = path.join(await mkdtemp(path.join(tmpdir(), 'start-fresh-')), 'data')
    try {
      const { code, stderr } = await runProgram(START, [], 'how many 5g towers\n', { DATA_DIR: fresh, STORE_REQUESTS: 'true' })
      expect({ code, stderr }).toEqual({ code: 0, stderr: expect.not.stringContaining('ecorded') })
      const db = await openPgliteDatabase(fresh)
      try {
        expect(await db.query('SELECT platform, question FROM requests')).toEqual([
          { platform: 'terminal', question: 'how many 5g towers' },
        ])
      } finally {
        await db.close()
      }
    } finally {
      await rm(path.dirname(fresh), { recursive: true, force: true })
    }
  }, 60_000)
})
