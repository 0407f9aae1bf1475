import { existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import lockfile from 'proper-lockfile'
import { type Database, StoreError } from './database.js'
import { MIGRATIONS } from './migrations.js'
import { openDatabase, type StoreSettings } from './open-store.js'
import { lockOptions, openPgliteDatabase } from './pglite-database.js'

/**
 * Opens the store to read it (`npm run report`), changing nothing: no
 * migration, no new folder. While the bot has the embedded database open, a
 * copy of its folder is read instead, since PGlite allows one process.
 */
export async function openStoreForReading(settings: Pick<StoreSettings, 'dataDir' | 'databaseUrl'>): Promise<Database> {
  if (settings.databaseUrl) return checked(await openDatabase(settings))
  const folder = settings.dataDir
  if (!existsSync(path.join(folder, 'PG_VERSION'))) {
    throw new StoreError('STORE_MISSING', `No request store in ${folder} (DATA_DIR): the bot has recorded nothing there yet`)
  }
  if (!(await lockfile.check(folder, lockOptions(folder)))) return checked(await openPgliteDatabase(folder))
  const copy = await mkdtemp(path.join(tmpdir(), 'report-'))
  try {
    // Everything but the lock; the copy recovers as after a crash, losing at most the last moment's writes.
    await cp(folder, copy, { recursive: true, filter: (source) => path.basename(source) !== '.lock' })
    const db = await openPgliteDatabase(copy)
    return checked({ ...db, location: folder, close: () => db.close().finally(() => rm(copy, { recursive: true, force: true })) })
  } catch (error) {
    await rm(copy, { recursive: true, force: true })
    throw error
  }
}

/** The database, if its schema is the one this program reads; otherwise closed, with one line saying why. */
async function checked(db: Database): Promise<Database> {
  const latest = Math.max(...MIGRATIONS.map((migration) => migration.version))
  try {
    const [table] = await db.query<{ name: string | null }>("SELECT to_regclass('store_schema')::text AS name")
    const [row] = table?.name ? await db.query<{ version: number | null }>('SELECT max(version) AS version FROM store_schema') : []
    const version = row?.version ?? 0
    if (version > latest) {
      throw new StoreError(
        'STORE_SCHEMA_TOO_NEW',
        `The request store in ${db.location} has schema version ${version}, newer than this program knows (${latest}): run the newer version's report`,
      )
    }
    if (version < latest) {
      throw new StoreError(
        'STORE_MISSING',
        version === 0
          ? `No request store in ${db.location} yet: the bot creates it when it starts`
          : `The request store in ${db.location} has schema version ${version}; this report reads ${latest}: start the bot once to bring it up to date`,
      )
    }
    return db
  } catch (error) {
    await db.close()
    throw error
  }
}
