import { afterEach, describe, expect, it } from 'vitest'
import { StoreError } from '../../src/store/database.js'
import { MIGRATIONS, migrate } from '../../src/store/migrations.js'
import { BACKENDS, type TestDatabase } from '../helpers/store-backends.js'

const LATEST = Math.max(...MIGRATIONS.map((migration) => migration.version))

describe.each(BACKENDS)('migrations on $name', (backend) => {
  let open: TestDatabase[] = []
  const fresh = async () => {
    const database = await backend.open()
    open.push(database)
    return database.db
  }
  afterEach(async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    await Promise.all(open.map((database) => database.dispose()))
    open = []
  })

  it('brings a new database to the latest schema, and a second start changes nothing', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    const db = await fresh()
    expect(await migrate(db)).toEqual({ from: 0, to: LATEST })
    expect(await migrate(db)).toEqual({ from: LATEST, to: LATEST })
    const versions = await db.query<{ version: number }>('SELECT version FROM store_schema ORDER BY version')
    expect(versions.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version))
    // The tables the store writes are there.
    await db.query("INSERT INTO feedback (request_id, user_hash, vote, at) VALUES ('r', 'u', 'up', now())")
    expect(await db.query('SELECT count(*)::int AS n FROM requests')).toEqual([{ n: 0 }])
  })

  it('stops with one line naming both versions when the schema is newer than the code', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    const db = await fresh()
    await migrate(db)
    await db.query('INSERT INTO store_schema (version) VALUES ($1)', [LATEST + 1])
    const error = await migrate(db).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('STORE_SCHEMA_TOO_NEW')
    expect((error as StoreError).message).toContain(`schema version ${LATEST + 1}, newer than this program knows (${LATEST})`)
    expect((error as StoreError).message).not.toContain('\n')
  })

  it('applies a step entirely or not at all', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    const db = await fresh()
    const broken = [...MIGRATIONS, { version: LATEST + 1, sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();' }]
    await expect(migrate(db, broken)).rejects.toThrow(/no_such_function/)
    // Nothing of the failed run stayed, not even the steps before the broken one.
    expect(await db.query("SELECT to_regclass('half_done') AS t, to_regclass('requests') AS r")).toEqual([{ t: null, r: null }])
    expect(await migrate(db)).toEqual({ from: 0, to: LATEST })
  })

  it('is applied once when instances start together', async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    // Several pool connections at once: on PostgreSQL, the advisory lock orders them.
    const db = await fresh()
    const results = await Promise.all([migrate(db), migrate(db), migrate(db)])
    expect(results.filter((result) => result.from === 0)).toHaveLength(1)
    expect(await db.query('SELECT count(*)::int AS n FROM store_schema')).toEqual([{ n: MIGRATIONS.length }])
  })
})
