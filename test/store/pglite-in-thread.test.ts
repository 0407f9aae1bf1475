import { afterEach, describe, expect, it } from 'vitest'
import { StoreError } from '../../src/store/database.js'
import { openPgliteDatabase } from '../../src/store/pglite-database.js'
import { openPglite, type TestDatabase } from '../helpers/store-backends.js'

// The bot's embedded store runs in a worker thread; the SQL tests of every backend run on it too (store-backends.ts).
describe('PGlite in a worker thread', () => {
  let database: TestDatabase | undefined
  afterEach(() => database?.dispose())

  it('makes other statements wait while a transaction runs, so none lands inside it', async () => {
    database = await openPglite({ inThread: true })
    const { db } = database
    await db.exec('CREATE TABLE t (n integer)')
    let letGo!: () => void
    const gate = new Promise<void>((resolve) => (letGo = resolve))
    const transaction = db.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1)')
      await gate
      throw new Error('changed my mind')
    })
    const outside = db.query('INSERT INTO t VALUES (2)')
    let outsideDone = false
    void outside.then(() => (outsideDone = true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(outsideDone).toBe(false)
    letGo()
    await expect(transaction).rejects.toThrow('changed my mind')
    await outside
    // The rollback took the transaction's row and not the one written after it.
    expect(await db.query('SELECT n FROM t')).toEqual([{ n: 2 }])
  })

  it('passes the database error through, with its message', async () => {
    database = await openPglite({ inThread: true })
    await expect(database.db.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/)
    // And goes on answering after it.
    expect(await database.db.query('SELECT 1 AS one')).toEqual([{ one: 1 }])
  })

  it('refuses statements once closed rather than leaving them waiting, and lets the folder go', async () => {
    database = await openPglite({ inThread: true })
    await database.db.close()
    await expect(database.db.query('SELECT 1')).rejects.toThrow()
    const again = await openPgliteDatabase(database.settings.dataDir, { inThread: true })
    await again.close()
  })

  it('is one process at a time, like PGlite in this thread', async () => {
    database = await openPglite({ inThread: true })
    await expect(openPgliteDatabase(database.settings.dataDir)).rejects.toThrow(StoreError)
  })
})
