import { rm } from 'node:fs/promises'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { StoreError } from '../../src/store/database.js'
import { openStore, type StoreSettings } from '../../src/store/open-store.js'
import { openPgliteDatabase } from '../../src/store/pglite-database.js'
import { recordingLog } from '../helpers/recording-log.js'
import { emptyPgliteFolder, freshPostgresUrl, NO_POSTGRES, POSTGRES_URL } from '../helpers/store-backends.js'
import { waitUntil } from '../helpers/wait-until.js'

const settings = (fields: Partial<StoreSettings>): StoreSettings => ({ dataDir: '', keepQuestions: true, retentionDays: 90, ...fields })
const DAY = 86_400_000

describe('opening the store', () => {
  const cleanups: Array<() => Promise<unknown>> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('lets one process at a time open an embedded folder, and says what to do instead', async () => {
    const dataDir = await emptyPgliteFolder()
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
    const first = await openStore(settings({ dataDir }), recordingLog())
    cleanups.push(() => first.close())
    const error = await openPgliteDatabase(dataDir).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).message).toBe(
      `The request store in ${dataDir} is open in another process (the embedded database allows one): stop it, set DATA_DIR to another folder, or share a server with DATABASE_URL`,
    )
  })

  it('hashes a user alike after a restart, with the key it drew the first time', async () => {
    const dataDir = await emptyPgliteFolder()
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
    const hashes: string[] = []
    for (let start = 0; start < 2; start++) {
      const store = await openStore(settings({ dataDir }), recordingLog())
      store.recorder.record(
        { id: `r${start}`, platform: 'slack', userId: 'U1', command: 'ask', question: 'q' },
        { outcome: 'refused', latencyMs: 1 },
      )
      await store.recorder.flush()
      const [row] = await store.db.query<{ user_hash: string }>('SELECT user_hash FROM requests WHERE id = $1', [`r${start}`])
      hashes.push(row?.user_hash ?? '')
      await store.close()
    }
    expect(hashes[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(hashes[1]).toBe(hashes[0])
  })

  it('applies the retention period when it opens', async () => {
    const dataDir = await emptyPgliteFolder()
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
    const now = new Date('2026-12-01T00:00:00Z')
    const first = await openStore(settings({ dataDir }), recordingLog(), { now: () => now })
    first.recorder.record(
      { id: 'old', platform: 'slack', userId: 'U1', command: 'ask', question: 'q', receivedAt: new Date(now.getTime() - 31 * DAY) },
      { outcome: 'refused', latencyMs: 1 },
    )
    first.recorder.record(
      { id: 'new', platform: 'slack', userId: 'U1', command: 'ask', question: 'q' },
      { outcome: 'refused', latencyMs: 1 },
    )
    await first.close()
    const log = recordingLog()
    const second = await openStore(settings({ dataDir, retentionDays: 30 }), log, { now: () => now })
    cleanups.push(() => second.close())
    expect(await second.db.query('SELECT id FROM requests')).toEqual([{ id: 'new' }])
    expect(log.lines).toContainEqual({
      level: 'info',
      message: 'request store: retention period applied',
      fields: { deleted: 1, anonymised: 0 },
    })
  })

  it('applies the retention period again while it stays open', async () => {
    const dataDir = await emptyPgliteFolder()
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }))
    let now = new Date('2026-12-01T00:00:00Z')
    const log = recordingLog()
    const store = await openStore(settings({ dataDir, retentionDays: 30 }), log, { now: () => now, retentionIntervalMs: 20 })
    cleanups.push(() => store.close())
    store.recorder.record(
      { id: 'asked', platform: 'slack', userId: 'U1', command: 'ask', question: 'q', receivedAt: now },
      { outcome: 'refused', latencyMs: 1 },
    )
    await store.recorder.flush()
    // A month and a day go by without a restart.
    now = new Date(now.getTime() + 31 * DAY)
    await waitUntil(() => log.lines.some((line) => line.message === 'request store: retention period applied'))
    expect(await store.db.query('SELECT id FROM requests')).toEqual([])
  })

  it('stops with one line when the PostgreSQL server cannot be reached, without its password', async () => {
    const error = await openStore(settings({ databaseUrl: 'postgres://bot:s3cret-pw@127.0.0.1:9/bot' }), recordingLog()).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).message).toMatch(
      /^The request store at 127\.0\.0\.1:9\/bot \(DATABASE_URL\) cannot be used: .*ECONNREFUSED/,
    )
    expect((error as StoreError).message).not.toContain('s3cret-pw')
  })

  it('shares one store, and one user hash key, between instances on PostgreSQL', async ({ skip }) => {
    if (!POSTGRES_URL) skip(NO_POSTGRES)
    const { url, drop } = await freshPostgresUrl()
    cleanups.push(drop)
    const [a, b] = await Promise.all([
      openStore(settings({ databaseUrl: url }), recordingLog()),
      openStore(settings({ databaseUrl: url }), recordingLog()),
    ])
    cleanups.push(
      () => a.close(),
      () => b.close(),
    )
    a.recorder.record({ id: 'from-a', platform: 'slack', userId: 'U1', command: 'ask' }, { outcome: 'refused', latencyMs: 1 })
    b.recorder.record({ id: 'from-b', platform: 'slack', userId: 'U1', command: 'ask' }, { outcome: 'refused', latencyMs: 1 })
    await Promise.all([a.recorder.flush(), b.recorder.flush()])
    const rows = await a.db.query<{ user_hash: string }>('SELECT DISTINCT user_hash FROM requests')
    expect(await a.db.query('SELECT count(*)::int AS n FROM requests')).toEqual([{ n: 2 }])
    expect(rows).toHaveLength(1)
  })
})

describe('the PostgreSQL server going away while the bot runs', () => {
  it('goes on without it, says so once, drops what it cannot write, and records again when it is back', async ({ skip }) => {
    if (!POSTGRES_URL) skip(NO_POSTGRES)
    const { url, drop } = await freshPostgresUrl()
    const name = new URL(url).pathname.slice(1)
    const admin = new pg.Client({ connectionString: POSTGRES_URL })
    await admin.connect()
    const log = recordingLog()
    const store = await openStore(settings({ databaseUrl: url }), log)
    try {
      const record = (id: string) =>
        store.recorder.record({ id, platform: 'slack', userId: 'U1', command: 'ask' }, { outcome: 'refused', latencyMs: 1 })
      record('before')
      await store.recorder.flush()
      // The server refuses this database from now on, and its open connections are cut.
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`)
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name])
      for (let i = 0; i < 30; i++) record(`during-${i}`)
      await store.recorder.flush()
      expect(log.lines.filter((line) => line.level === 'warn')).toHaveLength(1)
      expect(log.lines.find((line) => line.level === 'warn')?.message).toBe('request store: not recorded; replies go on')
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`)
      record('after')
      await store.recorder.flush()
      expect(log.lines.at(-1)?.message).toBe('request store: recording again')
      const rows = await store.db.query<{ id: string }>('SELECT id FROM requests ORDER BY id')
      expect(rows.map((row) => row.id)).toEqual(['after', 'before'])
    } finally {
      await store.close()
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => {})
      await admin.end()
      await drop()
    }
  })
})
