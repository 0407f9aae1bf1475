/**
 * The request store's part of `npm run bench:load`: which stores to run
 * with (off; PGlite; PostgreSQL when TEST_DATABASE_URL or DATABASE_URL names
 * a server), a fresh one for each run, the rows counted afterwards, and a
 * proxy in front of PostgreSQL that can be cut mid-run, as a database that
 * stops would be, without touching the server itself.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createLogger } from '../src/app/log.js'
import { openDatabase, openStore } from '../src/store/open-store.js'
import { dropDatabase } from '../test/helpers/drop-database.js'

export type StoreMode = 'off' | 'pglite' | 'postgres'

/** A store for one run: the bot's environment for it, and what it recorded once the bot has stopped. */
export interface BenchStore {
  mode: StoreMode
  env: Record<string, string>
  /** Rows per platform, read after the bot stopped (its last writes flushed). */
  countRows(): Promise<Record<string, number>>
  dispose(): Promise<void>
}

const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL

/** LOAD_STORES=off,pglite,postgres,stopped picks some of the runs; all by default. */
const picked = process.env.LOAD_STORES ? new Set(process.env.LOAD_STORES.split(',').map((name) => name.trim())) : undefined

/** The stores to compare: always off and PGlite; PostgreSQL when a server is given. */
export function storeModes(): StoreMode[] {
  const modes: StoreMode[] = POSTGRES_URL ? ['off', 'pglite', 'postgres'] : ['off', 'pglite']
  return modes.filter((mode) => !picked || picked.has(mode))
}

export const postgresAvailable = () => POSTGRES_URL !== undefined

/** Whether to run the stopped-database runs too. */
export const stoppedRunPicked = () => !picked || picked.has('stopped')

/** A fresh, empty store of that kind, created (and migrated) here, so the bot's start is not timed with initdb. */
export async function freshStore(mode: StoreMode, viaUrl?: (url: string) => string): Promise<BenchStore> {
  if (mode === 'off') return { mode, env: { STORE_REQUESTS: 'false' }, countRows: async () => ({}), dispose: async () => undefined }
  const quiet = createLogger(process.stderr, { level: 'warn' })
  if (mode === 'pglite') {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'bench-load-'))
    await (await openStore({ dataDir, keepQuestions: true, retentionDays: 90 }, quiet)).close()
    return {
      mode,
      env: { STORE_REQUESTS: 'true', DATA_DIR: dataDir },
      countRows: () => countRowsIn({ dataDir }),
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    }
  }
  const { url, drop } = await freshPostgresDatabase()
  await (await openStore({ dataDir: '', databaseUrl: url, keepQuestions: true, retentionDays: 90 }, quiet)).close()
  return {
    mode,
    env: { STORE_REQUESTS: 'true', DATABASE_URL: viaUrl ? viaUrl(url) : url },
    countRows: () => countRowsIn({ dataDir: '', databaseUrl: url }),
    dispose: drop,
  }
}

async function countRowsIn(settings: { dataDir: string; databaseUrl?: string }): Promise<Record<string, number>> {
  const db = await openDatabase(settings)
  try {
    const rows = await db.query<{ platform: string; count: number }>('SELECT platform, count(*)::int AS count FROM requests GROUP BY 1')
    return Object.fromEntries(rows.map(({ platform, count }) => [platform, count]))
  } finally {
    await db.close()
  }
}

async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!POSTGRES_URL) throw new Error('no PostgreSQL server: set TEST_DATABASE_URL or DATABASE_URL')
  const name = `bench_load_${randomBytes(6).toString('hex')}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(POSTGRES_URL)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => dropDatabase(POSTGRES_URL, name) }
}

/**
 * A TCP proxy on 127.0.0.1 in front of the PostgreSQL server. stop() cuts
 * every connection through it and refuses new ones: to the bot, the database
 * has stopped. The server itself is never touched.
 */
export async function startDatabaseProxy(): Promise<{ rewrite(url: string): string; stop(): void; close(): Promise<void> }> {
  if (!POSTGRES_URL) throw new Error('no PostgreSQL server: set TEST_DATABASE_URL or DATABASE_URL')
  const target = new URL(POSTGRES_URL)
  const sockets = new Set<Socket>()
  let stopped = false
  const server: Server = createServer((client) => {
    if (stopped) {
      client.destroy()
      return
    }
    const upstream = connect(Number(target.port || 5432), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => undefined)
    }
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  return {
    rewrite(url) {
      const through = new URL(url)
      through.hostname = '127.0.0.1'
      through.port = String(port)
      return through.toString()
    },
    stop() {
      stopped = true
      for (const socket of sockets) socket.destroy()
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
