import { parentPort, workerData } from 'node:worker_threads'
import { PGlite } from '@electric-sql/pglite'
import { type CopyValue, copyText } from './copy-text.js'

/** What the main thread asks of the database in this thread (pglite-in-thread.ts). */
export type PgliteCall = { id: number } & (
  | { op: 'query'; sql: string; params: unknown[] }
  | { op: 'exec'; sql: string }
  | { op: 'copy'; sql: string; rows: ReadonlyArray<ReadonlyArray<CopyValue>> }
  | { op: 'close' }
)

export type PgliteAnswer = { id: number; rows: unknown[] } | { id: number; error: { message: string; code?: string } }

// The embedded PostgreSQL in its own thread: its WebAssembly runs here, off the thread that answers users.
const port = parentPort
if (!port) throw new Error('pglite-thread: must run as a worker thread')
const opening = PGlite.create((workerData as { folder: string }).folder)
// A failed open is answered to every call; it must not also end the thread as an unhandled rejection.
opening.catch(() => undefined)

// PGlite runs one statement at a time, in the order given: calls are answered in the order they came.
port.on('message', async (call: PgliteCall) => {
  try {
    const db = await opening
    let rows: unknown[] = []
    if (call.op === 'query') rows = (await db.query(call.sql, call.params)).rows
    else if (call.op === 'exec') await db.exec(call.sql)
    else if (call.op === 'copy') await db.query(call.sql, [], { blob: new Blob([copyText(call.rows)]) })
    else await db.close()
    port.postMessage({ id: call.id, rows } satisfies PgliteAnswer)
    if (call.op === 'close') port.close()
  } catch (error) {
    const { message, code } = error as { message?: string; code?: string }
    port.postMessage({ id: call.id, error: { message: message ?? String(error), ...(code ? { code } : {}) } } satisfies PgliteAnswer)
  }
})
