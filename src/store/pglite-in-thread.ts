import { Worker } from 'node:worker_threads'
import { copyFromBlob } from './copy-text.js'
import type { Database, Queryable } from './database.js'
import type { PgliteAnswer, PgliteCall } from './pglite-thread.js'

// Under the tests the sources are TypeScript: the thread then loads its .ts file through tsx (a development dependency).
const FROM_SOURCES = import.meta.url.endsWith('.ts')
const ENTRY = new URL(FROM_SOURCES ? './pglite-thread.ts' : './pglite-thread.js', import.meta.url)
const THROUGH_TSX = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ENTRY.href)}) })`

type Call = PgliteCall extends infer C ? (C extends { id: number } ? Omit<C, 'id'> : never) : never

/**
 * PGlite in a worker thread, as a Database. Its WebAssembly costs about 0.07 ms of CPU per row
 * written, even in batches; in the bot's main thread that came out of every reply under load.
 * The folder is locked by the caller, as for PGlite in this thread (pglite-database.ts).
 */
export async function openPgliteInThread(folder: string): Promise<Omit<Database, 'location'>> {
  const worker = FROM_SOURCES
    ? new Worker(THROUGH_TSX, { eval: true, workerData: { folder } })
    : new Worker(ENTRY, { workerData: { folder } })
  const pending = new Map<number, { resolve(rows: unknown[]): void; reject(error: Error): void }>()
  let next = 0
  let gone: Error | undefined
  const fail = (error: Error) => {
    gone ??= error
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }
  worker.on('message', (answer: PgliteAnswer) => {
    const waiting = pending.get(answer.id)
    pending.delete(answer.id)
    if ('error' in answer)
      waiting?.reject(Object.assign(new Error(answer.error.message), answer.error.code ? { code: answer.error.code } : {}))
    else waiting?.resolve(answer.rows)
  })
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`the embedded database's thread ended (exit code ${code})`)))
  const call = (message: Call): Promise<unknown[]> => {
    if (gone) return Promise.reject(gone)
    const id = next++
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...message, id })
    })
  }
  const direct: Queryable = {
    query: async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
      (await call({ op: 'query', sql, params: [...params] })) as Row[],
    exec: async (sql) => void (await call({ op: 'exec', sql })),
  }
  // One connection: while a transaction runs, every other statement waits for it to end.
  let turn: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = turn.then(work)
    turn = result.catch(() => undefined)
    return result
  }
  try {
    // Opened (or not) before anything else is asked: a folder PGlite cannot open fails here, as in this thread.
    await direct.query('SELECT 1')
  } catch (error) {
    await worker.terminate()
    throw error
  }
  return {
    query: (sql, params) => inTurn(() => direct.query(sql, params)),
    exec: (sql) => inTurn(() => direct.exec(sql)),
    // The thread writes the COPY text: the rows' values cross as they are, and the escaping is its CPU, not the replies' thread's.
    copyIn: (table, columns, rows) => inTurn(async () => void (await call({ op: 'copy', sql: copyFromBlob(table, columns), rows }))),
    transaction: (work) =>
      inTurn(async () => {
        await direct.exec('BEGIN')
        try {
          const result = await work(direct)
          await direct.exec('COMMIT')
          return result
        } catch (error) {
          await direct.exec('ROLLBACK').catch(() => undefined)
          throw error
        }
      }),
    async close() {
      await inTurn(() => call({ op: 'close' })).catch(() => undefined)
      gone ??= new Error('the embedded database is closed')
      await worker.terminate()
    },
  }
}
