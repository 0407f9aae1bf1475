/**
 * `npm run bench:store`: what recording costs. The time record() takes on the
 * caller's turn (a reply waits for nothing more), and how many requests a
 * second each backend then writes, counted back from the table: PGlite in a
 * temporary folder always, PostgreSQL when BENCH_DATABASE_URL names an empty
 * database it may fill.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createLogger } from '../src/app/log.js'
import type { Database } from '../src/store/database.js'
import { migrate } from '../src/store/migrations.js'
import { openPgliteDatabase } from '../src/store/pglite-database.js'
import { openPostgresDatabase } from '../src/store/postgres-database.js'
import { createRecorder, newRequestId } from '../src/store/recorder.js'
import { createRequestStore } from '../src/store/request-store.js'
import { createUserHasher } from '../src/store/user-hash.js'

const REQUESTS = 5000

async function bench(name: string, db: Database): Promise<void> {
  await migrate(db)
  await db.query('DELETE FROM requests')
  // Big enough to hold the whole burst: this measures writing, not dropping.
  const recorder = createRecorder({
    store: createRequestStore(db),
    hashUser: createUserHasher('bench'),
    log: createLogger(),
    maxQueued: REQUESTS,
  })
  const callMicros: number[] = []
  const started = performance.now()
  for (let i = 0; i < REQUESTS; i++) {
    const before = performance.now()
    recorder.record(
      {
        id: newRequestId(),
        platform: 'slack',
        workspace: 'T1',
        userId: `U${i % 1000}`,
        command: 'ask',
        question: `question number ${i % 300}`,
      },
      { outcome: i % 4 ? 'answered' : 'refused', passages: [{ id: 'paper:10', score: 0.9 }], latencyMs: 30 },
    )
    callMicros.push((performance.now() - before) * 1000)
  }
  await recorder.flush()
  const seconds = (performance.now() - started) / 1000
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM requests')
  callMicros.sort((a, b) => a - b)
  const at = (q: number) => callMicros[Math.min(callMicros.length - 1, Math.floor(q * callMicros.length))]?.toFixed(1)
  console.log(
    `${name.padEnd(12)} record() p50 ${at(0.5)} µs, p99 ${at(0.99)} µs; ${REQUESTS} written in ${seconds.toFixed(2)} s (${Math.round(REQUESTS / seconds)}/s); rows ${row?.n} of ${REQUESTS}`,
  )
  await db.close()
}

console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}\n`)
const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-store-'))
try {
  await bench('PGlite', await openPgliteDatabase(folder))
} finally {
  await rm(folder, { recursive: true, force: true })
}
const url = process.env.BENCH_DATABASE_URL
if (url) await bench('PostgreSQL', openPostgresDatabase(url))
else console.log('PostgreSQL   not measured: set BENCH_DATABASE_URL to an empty database it may fill')
