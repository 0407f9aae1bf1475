import { randomBytes } from 'node:crypto'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import type { Database } from '../../src/store/database.js'
import { openPgliteDatabase, type PgliteOptions } from '../../src/store/pglite-database.js'
import { openPostgresDatabase } from '../../src/store/postgres-database.js'
import { dropDatabase } from './drop-database.js'

/** A database for one test, and how to throw it away. */
export interface TestDatabase {
  db: Database
  /** What the settings would say to open it again: a folder or a URL. */
  settings: { dataDir: string; databaseUrl?: string }
  dispose(): Promise<void>
}

/** The real PostgreSQL server `.ci/run` starts; absent locally unless set. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL
export const NO_POSTGRES =
  'TEST_DATABASE_URL is not set, so nothing was tried against a real PostgreSQL server (.ci/run starts one; eval "$(.ci/services start)" does it here)'

export interface Backend {
  name: string
  /** Why this backend's tests are not run here; undefined when they are. */
  unavailable?: string
  open(): Promise<TestDatabase>
}

export const BACKENDS: Backend[] = [
  { name: 'PGlite', open: () => openPglite() },
  // As the bot's request store opens it: the same SQL through a worker thread.
  { name: 'PGlite in a thread', open: () => openPglite({ inThread: true }) },
  { name: 'PostgreSQL', ...(POSTGRES_URL ? {} : { unavailable: NO_POSTGRES }), open: openFreshPostgres },
]

/** A new temporary folder holding an empty PGlite database (a copy of the one made at setup), not yet open. */
export async function emptyPgliteFolder(): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'store-test-'))
  await cp(inject('pgliteTemplate'), dataDir, { recursive: true })
  return dataDir
}

/** PGlite in a new temporary folder. */
export async function openPglite(options: PgliteOptions = {}): Promise<TestDatabase> {
  const dataDir = await emptyPgliteFolder()
  const db = closingOnce(await openPgliteDatabase(dataDir, options))
  return {
    db,
    settings: { dataDir },
    async dispose() {
      await db.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** A new, empty database on the test server, dropped afterwards, so tests never see each other's rows. */
export async function freshPostgresUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!POSTGRES_URL) throw new Error(NO_POSTGRES)
  const name = `bot_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: POSTGRES_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: () => dropDatabase(POSTGRES_URL, name),
  }
}

async function openFreshPostgres(): Promise<TestDatabase> {
  const { url, drop } = await freshPostgresUrl()
  const db = closingOnce(openPostgresDatabase(url))
  return {
    db,
    settings: { dataDir: '', databaseUrl: url },
    async dispose() {
      await db.close()
      await drop()
    },
  }
}

/** The database, with a close() that a test may call before dispose() does. */
function closingOnce(db: Database): Database {
  let closing: Promise<void> | undefined
  return { ...db, close: () => (closing ??= db.close()) }
}
