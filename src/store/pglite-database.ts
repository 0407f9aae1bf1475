import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import lockfile from 'proper-lockfile'
import { copyFromBlob, copyText } from './copy-text.js'
import { type Database, StoreError } from './database.js'
import { openPgliteInThread } from './pglite-in-thread.js'

/**
 * Where the folder's lock is, and when it counts as abandoned: the holder
 * refreshes it every 5 s, so one a dead process left goes stale and is taken over.
 */
export function lockOptions(folder: string): { lockfilePath: string; stale: number } {
  return { lockfilePath: `${folder}/.lock`, stale: 15_000 }
}

export interface PgliteOptions {
  /**
   * Run the database in a worker thread (pglite-in-thread.ts), so that its WebAssembly never holds
   * up the thread answering users: what the bot's request store does.
   * @default false: in this thread, as `npm run report` and the tests read it
   */
  inThread?: boolean
}

/**
 * An embedded Postgres (PGlite, compiled to WebAssembly) in `folder`. PGlite
 * is one process's database: two processes writing one folder would corrupt
 * it, so the folder is locked while it is open, and a second opener is told.
 */
export async function openPgliteDatabase(folder: string, { inThread = false }: PgliteOptions = {}): Promise<Database> {
  await mkdir(folder, { recursive: true })
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(folder, { ...lockOptions(folder), update: 5_000 })
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') {
      throw new StoreError(
        'STORE_IN_USE',
        `The request store in ${folder} is open in another process (the embedded database allows one): stop it, set DATA_DIR to another folder, or share a server with DATABASE_URL`,
      )
    }
    throw error
  }
  try {
    if (inThread) return lockedUntilClosed({ ...(await openPgliteInThread(folder)), location: folder }, release)
    const db = await PGlite.create(folder)
    return wrapPglite(db, folder, release)
  } catch (error) {
    await release()
    throw error
  }
}

/** The database, whose folder's lock is let go once it has closed. */
function lockedUntilClosed(db: Database, release: () => Promise<void>): Database {
  return {
    ...db,
    async close() {
      try {
        await db.close()
      } finally {
        await release()
      }
    },
  }
}

function wrapPglite(db: PGlite, location: string, release: () => Promise<void>): Database {
  return {
    location,
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(sql, [...params])).rows
    },
    async exec(sql) {
      await db.exec(sql)
    },
    async copyIn(table, columns, rows) {
      await db.query(copyFromBlob(table, columns), [], { blob: new Blob([copyText(rows)]) })
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <Row extends object>(sql: string, params: readonly unknown[] = []) => (await tx.query<Row>(sql, [...params])).rows,
          exec: async (sql: string) => void (await tx.exec(sql)),
        }),
      ),
    async close() {
      try {
        await db.close()
      } finally {
        await release()
      }
    },
  }
}
