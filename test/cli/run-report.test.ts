import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runReport } from '../../src/cli/run-report.js'
import { migrate } from '../../src/store/migrations.js'
import { openStoreForReading } from '../../src/store/open-for-reading.js'
import { openStore } from '../../src/store/open-store.js'
import { createRequestStore, type Outcome } from '../../src/store/request-store.js'
import { createUserHasher } from '../../src/store/user-hash.js'
import { barLengths } from '../helpers/png-ink.js'
import { recordingLog } from '../helpers/recording-log.js'
import { BACKENDS, emptyPgliteFolder, openPglite, type TestDatabase } from '../helpers/store-backends.js'
import { captureStream } from '../helpers/streams.js'

const NOW = new Date('2026-12-03T09:30:00Z')
const DAY = 86_400_000
const RAW_USER = 'U0RAWUSERID'
const hash = createUserHasher('test key')('slack', RAW_USER)
const BAR_BLUE = [0x3b, 0x6e, 0xa8] as const

/** A week of questions: 12 unanswered ones about data export in three wordings, 5G answered, feedback on one answer. */
async function seed(database: TestDatabase): Promise<void> {
  await migrate(database.db)
  const store = createRequestStore(database.db)
  let n = 0
  const save = (
    question: string,
    outcome: Outcome,
    daysAgo: number,
    platform = 'slack',
    passages: Array<{ id: string; score: number }> = [],
  ) =>
    store.saveRequest({
      id: `r${++n}`,
      at: new Date(NOW.getTime() - daysAgo * DAY),
      platform,
      workspace: 'T1',
      userHash: hash,
      command: 'ask',
      question,
      outcome,
      passages,
      latencyMs: 20,
    })
  for (let i = 0; i < 6; i++) await save('What are the data export rules?', 'refused', i % 3)
  for (let i = 0; i < 4; i++) await save("China's rules on data export", 'refused', 1, 'discord')
  for (let i = 0; i < 2; i++) await save('data export rules for companies', 'refused', 2)
  for (let i = 0; i < 3; i++) await save('who won the champions league', 'refused', 0, 'discord')
  for (let i = 0; i < 8; i++) await save('how many 5G towers', 'answered', i < 6 ? 0 : 1, 'slack', [{ id: 'paper:10', score: 0.9 }])
  await save('', 'invalid', 0)
  // Not questions: not counted.
  await store.saveRequest({
    id: 'help',
    at: NOW,
    platform: 'slack',
    workspace: null,
    userHash: hash,
    command: 'help',
    question: null,
    outcome: 'answered',
    passages: [],
    latencyMs: 1,
  })
  // Outside the period.
  await save('data export rules', 'refused', 40)
  await store.saveFeedback({ requestId: 'r16', userHash: hash, vote: 'down', comment: 'that is the 2021 figure', at: NOW })
  await store.saveFeedback({ requestId: 'r17', userHash: 'other', vote: 'down', comment: null, at: NOW })
  await store.saveFeedback({ requestId: 'r18', userHash: 'third', vote: 'up', comment: null, at: NOW })
}

const run = async (argv: string[], open: () => Promise<TestDatabase['db']>) => {
  const stdout = captureStream()
  const stderr = captureStream()
  const code = await runReport(argv, open, { stdout, stderr, now: () => NOW })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

describe.each(BACKENDS)('npm run report on $name', (backend) => {
  let database: TestDatabase | undefined
  let scratch: string
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'report-test-'))
    if (backend.unavailable) return
    database = await backend.open()
    await seed(database)
  })
  afterAll(async () => {
    await database?.dispose()
    await rm(scratch, { recursive: true, force: true })
  })
  // The report closes what it opens: each run gets the seeded database under a close() that leaves it open.
  const open = async () => ({ ...(database as TestDatabase).db, close: async () => {} })

  it('counts the questions, groups what went unanswered, and never shows a user id', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    const { code, stdout } = await run(['--json', '--days', '7'], open)
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ asked: 24, answered: 8, refused: 15, invalid: 1, feedback: { up: 1, down: 2 } })
    expect(report.unanswered.map(({ question, count }: { question: string; count: number }) => ({ question, count }))).toEqual([
      { question: 'What are the data export rules?', count: 12 },
      { question: 'who won the champions league', count: 3 },
    ])
    expect(report.byPlatform).toEqual([
      { platform: 'slack', asked: 17, answered: 8, refused: 8 },
      { platform: 'discord', asked: 7, answered: 0, refused: 7 },
    ])
    expect(report.byDay.map((day: { day: string }) => day.day)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03'])
    expect(report.mostDisliked).toEqual([
      { passageId: 'paper:10', down: 2, up: 1, question: 'how many 5G towers', comments: ['that is the 2021 figure'] },
    ])
    expect(stdout).not.toContain(RAW_USER)
    expect(stdout).not.toContain(hash)
  })

  it('says in words what the documents lacked', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    const { code, stdout } = await run(['--days', '7'], open)
    expect(code).toBe(0)
    expect(stdout).toContain('12 questions about data export rules went unanswered')
    expect(stdout).toContain('24 questions asked: 8 answered (33%), 15 not answered by the documents (63%)')
    expect(stdout).toContain('paper:10: 2 👎, 1 👍')
    expect(stdout).not.toContain(hash)
  })

  it('draws the answer rate by day and the unanswered topics', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    const file = path.join(scratch, `${backend.name}.png`)
    const { code, stderr } = await run(['--days', '7', '--chart', file], open)
    expect(code).toBe(0)
    expect(stderr).toBe(`Chart written to ${file}\n`)
    const png = PNG.sync.read(await readFile(file))
    // Three days' answer rates (0%, 25%, 50%: the first draws no bar), then the two unanswered topics, 12 and 3.
    const lengths = barLengths(png, BAR_BLUE)
    expect(lengths).toHaveLength(4)
    const [quarter, half, twelve, three] = lengths as [number, number, number, number]
    expect(half / quarter).toBeCloseTo(2, 1)
    expect(twelve / three).toBeCloseTo(4, 1)
  })
})

describe('npm run report, bad input', () => {
  let scratch: string
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'report-bad-'))
  })
  afterAll(() => rm(scratch, { recursive: true, force: true }))
  const neverOpened = async (): Promise<never> => {
    throw new Error('the store should not have been opened')
  }

  it.each([
    [['--days', 'ten'], 'report: --days must be a whole number of days, 1 to 3650'],
    [['--days', '0'], 'report: --days must be a whole number of days, 1 to 3650'],
    [['--bogus'], /^report: Unknown option '--bogus'\..* \(see --help\)$/],
    [['last', 'week'], 'report: unexpected argument "last" (see --help)'],
    [['--chart', 'report.svg'], 'report: --chart must name a .png file, not "report.svg"'],
    [['--chart', '/no/such/folder/report.png'], 'report: --chart: the folder /no/such/folder does not exist'],
  ])('%j: one line, exit 1, nothing written', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv, neverOpened)
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr.endsWith('\n') && stderr.split('\n')).toHaveLength(2)
    if (typeof message === 'string') expect(stderr).toBe(`${message}\n`)
    else expect(stderr.trimEnd()).toMatch(message)
  })

  it('says there is nothing to report from a folder the bot never used, and creates nothing', async () => {
    const dataDir = path.join(scratch, 'never-used')
    const { code, stdout, stderr } = await run(['--json'], () => openStoreForReading({ dataDir }))
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr).toBe(`report: No request store in ${dataDir} (DATA_DIR): the bot has recorded nothing there yet\n`)
    expect(existsSync(dataDir)).toBe(false)
  })

  it('reads the store while the bot has it open, from a copy', async () => {
    const dataDir = await emptyPgliteFolder()
    const bot = await openStore({ dataDir, keepQuestions: true, retentionDays: 90 }, recordingLog(), { now: () => NOW })
    try {
      bot.recorder.record(
        { id: 'a', platform: 'slack', userId: 'U1', command: 'ask', question: 'data export rules' },
        { outcome: 'refused', latencyMs: 5 },
      )
      await bot.recorder.flush()
      const { code, stdout } = await run(['--json'], () => openStoreForReading({ dataDir }))
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({ asked: 1, refused: 1, unanswered: [{ question: 'data export rules', count: 1 }] })
    } finally {
      await bot.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describe('npm run report with STORE_QUESTIONS=false', () => {
  it('counts the questions and says their text was not kept, rather than that every question was answered', async () => {
    const database = await openPglite()
    try {
      await migrate(database.db)
      const store = createRequestStore(database.db)
      const base = {
        at: NOW,
        platform: 'slack',
        workspace: null,
        userHash: null,
        command: 'ask',
        question: null,
        passages: [],
        latencyMs: 5,
      }
      await store.saveRequests([
        { ...base, id: 'a', outcome: 'refused' },
        { ...base, id: 'b', outcome: 'answered' },
      ])
      const open = async () => ({ ...database.db, close: async () => {} })
      const json = JSON.parse((await run(['--json'], open)).stdout)
      expect(json).toMatchObject({ asked: 2, answered: 1, refused: 1, unanswered: [], topics: [], questionsKept: false })
      const { stdout } = await run([], open)
      expect(stdout).toContain('What the documents lacked:\n  (question text is not kept: STORE_QUESTIONS=false)\n')
    } finally {
      await database.dispose()
    }
  })
})
