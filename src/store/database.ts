import type { CopyValue } from './copy-text.js'

/**
 * The SQL the store runs, whichever Postgres holds it: PGlite in a folder, or
 * a server through `pg`. Both take the same statements with $1… parameters.
 */
export interface Database {
  /** Runs one statement and returns its rows. */
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>
  /** Runs a script of several statements, without parameters (a migration). */
  exec(sql: string): Promise<void>
  /**
   * Loads rows into a table with COPY, where the database takes COPY's data from
   * the caller directly (PGlite; `pg` would need another package). All of them or,
   * when one breaks a constraint (a key already saved), none. Absent elsewhere:
   * the caller inserts instead.
   */
  copyIn?(table: string, columns: readonly string[], rows: ReadonlyArray<ReadonlyArray<CopyValue>>): Promise<void>
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
  /** Where the data is, for messages: a folder, or the server's host and database (never a password). */
  readonly location: string
}

export type Queryable = Pick<Database, 'query' | 'exec'>

/** The store cannot be used as it is; the message says why and what to do. */
export class StoreError extends Error {
  readonly code: 'STORE_SCHEMA_TOO_NEW' | 'STORE_IN_USE' | 'STORE_MISSING' | 'STORE_UNREACHABLE'
  constructor(code: StoreError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = 'StoreError'
  }
}
