import pg from 'pg'
import type { Database } from './database.js'

export interface PostgresOptions {
  /**
   * How long to wait for a connection before a write fails (and is dropped).
   * @default 3000
   */
  connectionTimeoutMs?: number
  /**
   * Connections per instance.
   * @default 5
   */
  maxConnections?: number
}

/** A Postgres server shared by every instance, from a `postgres://` URL. */
export function openPostgresDatabase(url: string, { connectionTimeoutMs = 3000, maxConnections = 5 }: PostgresOptions = {}): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: maxConnections,
    connectionTimeoutMillis: connectionTimeoutMs,
    query_timeout: 10_000,
  })
  // An idle connection that the server drops (a restart) is an error on the pool, not a crash: the next query reconnects.
  pool.on('error', () => {})
  return {
    location: describeUrl(url),
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as Row[]
    },
    async exec(sql) {
      await pool.query(sql)
    },
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work({
          query: async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
            (await client.query(sql, [...params])).rows as Row[],
          exec: async (sql: string) => void (await client.query(sql)),
        })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** host:port/database, for messages: a URL's password must never reach a log. */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`
  } catch {
    return 'the DATABASE_URL server'
  }
}
