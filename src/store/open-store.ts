import type { Logger } from '../app/log.js'
import { type Database, StoreError } from './database.js'
import { migrate } from './migrations.js'
import { openPgliteDatabase, type PgliteOptions } from './pglite-database.js'
import { openPostgresDatabase } from './postgres-database.js'
import { createRecorder, type Recorder } from './recorder.js'
import { createRequestStore } from './request-store.js'
import { createUserHasher, userHashKey } from './user-hash.js'

/** Where requests are kept and for how long; from the settings (src/app/settings.ts). */
export interface StoreSettings {
  /** DATA_DIR: the embedded database's folder, used when there is no DATABASE_URL. */
  dataDir: string
  /** DATABASE_URL: a Postgres server shared by every instance. */
  databaseUrl?: string
  /** STORE_QUESTIONS: keep the question text. */
  keepQuestions: boolean
  /** RETENTION_DAYS: how long what people wrote is kept. */
  retentionDays: number
  /** USER_HASH_SECRET: the key user ids are hashed with; default one kept in the store. */
  userHashSecret?: string
}

/** The request store, open and migrated, with the recorder the request handler calls. */
export interface OpenStore {
  recorder: Recorder
  db: Database
  /** Writes what is queued (for a few seconds at most), stops the retention timer, closes the database. */
  close(): Promise<void>
}

const DAY_MS = 86_400_000
/** How long close() waits for queued writes before closing anyway. */
const FLUSH_ON_CLOSE_MS = 5000

export interface OpenStoreOptions {
  /** @default () => new Date() */
  now?: () => Date
  /**
   * How often the retention period is applied while running, besides at start: a bot that runs
   * for months must forget as it goes, not only when restarted.
   * @default 21600000 (six hours)
   */
  retentionIntervalMs?: number
}

/** Opens the database the settings name: a Postgres server, or the embedded one in DATA_DIR. */
export async function openDatabase(
  settings: Pick<StoreSettings, 'dataDir' | 'databaseUrl'>,
  embedded: PgliteOptions = {},
): Promise<Database> {
  if (!settings.databaseUrl) return openPgliteDatabase(settings.dataDir, embedded)
  const db = openPostgresDatabase(settings.databaseUrl)
  try {
    await db.query('SELECT 1')
  } catch (error) {
    await db.close()
    throw new StoreError('STORE_UNREACHABLE', `The request store at ${db.location} (DATABASE_URL) cannot be used: ${reason(error)}`, {
      cause: error,
    })
  }
  return db
}

/**
 * Opens the store for the bot: applies the migrations (stopping with one line
 * on a schema newer than this program), applies the retention period now and
 * every six hours, and returns the recorder.
 */
export async function openStore(settings: StoreSettings, log: Logger, options: OpenStoreOptions = {}): Promise<OpenStore> {
  const { now = () => new Date(), retentionIntervalMs = 6 * 3_600_000 } = options
  // The embedded database in a thread of its own: the bot's writes cost its answers nothing.
  const db = await openDatabase(settings, { inThread: true })
  let timer: NodeJS.Timeout | undefined
  try {
    await migrate(db)
    const store = createRequestStore(db)
    const hashUser = createUserHasher(await userHashKey(db, settings.userHashSecret))
    const applyRetention = async () => {
      try {
        const forgotten = await store.forgetBefore(new Date(now().getTime() - settings.retentionDays * DAY_MS))
        if (forgotten.deleted + forgotten.anonymised > 0) log.info('request store: retention period applied', forgotten)
      } catch (error) {
        log.warn('request store: the retention period could not be applied; it is tried again later', { error: reason(error) })
      }
    }
    await applyRetention()
    timer = setInterval(applyRetention, retentionIntervalMs)
    timer.unref()
    const recorder = createRecorder({ store, hashUser, log, keepQuestions: settings.keepQuestions, now })
    log.debug('request store open', { location: db.location, keepQuestions: settings.keepQuestions })
    return {
      recorder,
      db,
      async close() {
        clearInterval(timer)
        let waited: NodeJS.Timeout | undefined
        await Promise.race([recorder.flush(), new Promise((resolve) => (waited = setTimeout(resolve, FLUSH_ON_CLOSE_MS)))])
        clearTimeout(waited)
        await db.close()
      },
    }
  } catch (error) {
    clearInterval(timer)
    await db.close()
    throw error
  }
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return (error.message || (error as { code?: string }).code || error.name).split('\n')[0] ?? ''
}
