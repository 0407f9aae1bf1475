/**
 * `npm run bench:store`: what recording costs. The time record() takes on the
 * caller's turn (a reply waits for nothing more), and how many requests a
 * second each backend then writes, counted back from the table: PGlite in a
 * temporary folder always, PostgreSQL when BENCH_DATABASE_URL names an empty
 * database it may fill. Then the requests as a loaded bot finishes them, one
 * at a time at RATE a second, with the recorder's batch delay (100 ms) and
 * without it (a write per request, as before): this thread's CPU time per
 * request recorded, which is what a reply under load waits behind. Last, a
 * row's cost in PGlite once a million are kept, with ids in time order and not.
 */
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createLogger } from '../src/app/log.js'
import type { Database } from '../src/store/database.js'
import { migrate } from '../src/store/migrations.js'
import { openPgliteDatabase } from '../src/store/pglite-database.js'
import { openPostgresDatabase } from '../src/store/postgres-database.js'
import { createRecorder, newRequestId } from '../src/store/recorder.js'
import { createRequestStore, type RequestStore, type StoredRequest } from '../src/store/request-store.js'
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
}

const RATE = 800
const PACED = 4000

/** Calls `each` PACED times at RATE a second, a few per timer tick as replies finish under load; the CPU time this process used. */
async function pace(each: (i: number) => void, after: () => Promise<void> = async () => undefined): Promise<number> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < PACED; i++) {
    while (performance.now() - started < (i / RATE) * 1000) await new Promise((resolve) => setTimeout(resolve, 1))
    each(i)
  }
  await after()
  const used = process.cpuUsage(cpu)
  return (used.user + used.system) / 1000
}

/** Records PACED requests at RATE a second; prints this process's CPU time per request, beyond the pacing's own, and the writes made. */
async function paced(name: string, db: Database, batchDelayMs: number): Promise<void> {
  await db.query('DELETE FROM requests')
  const store = createRequestStore(db)
  let writes = 0
  const counted: RequestStore = {
    ...store,
    saveRequests: (batch) => {
      writes++
      return store.saveRequests(batch)
    },
  }
  const recorder = createRecorder({ store: counted, hashUser: createUserHasher('bench'), log: createLogger(), batchDelayMs })
  const pacing = await pace(() => undefined)
  const recording = await pace(
    (i) =>
      recorder.record(
        {
          id: newRequestId(),
          platform: 'discord',
          workspace: 'G1',
          userId: `U${i % 1000}`,
          command: 'ask',
          question: `question ${i % 300}`,
        },
        {
          outcome: 'answered',
          passages: [
            { id: 'paper:10', score: 0.9 },
            { id: 'paper:11', score: 0.7 },
          ],
          latencyMs: 30,
        },
      ),
    () => recorder.flush(),
  )
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM requests')
  console.log(
    `${name.padEnd(12)} ${RATE}/s, batch delay ${String(batchDelayMs).padStart(3)} ms: ${((recording - pacing) / PACED).toFixed(3)} ms CPU per request, ${writes} INSERTs, rows ${row?.n} of ${PACED}`,
  )
}

const KEPT = 1_000_000
const BATCH = 240
const BATCHES = 300

/**
 * What writing a row costs once the table holds a million (a busy bot's weeks of retention):
 * with the ids the recorder makes, which sort by time and so add to the end of the id's index,
 * and with random ones (UUID version 4) for comparison, each into a table of its own.
 */
async function keptRows(open: () => Promise<Database>): Promise<void> {
  const cases: Array<{ label: string; id: () => string; keptIds: string }> = [
    // Older than every new id, as the rows before them are.
    {
      label: 'ids by time (as recorded)',
      id: newRequestId,
      keptIds: String.raw`lpad(to_hex(g), 8, '0') || '-0000-7000-8000-000000000000'`,
    },
    { label: 'random ids (for comparison)', id: randomUUID, keptIds: 'gen_random_uuid()::text' },
  ]
  for (const { label, id, keptIds } of cases) {
    const db = await open()
    try {
      await migrate(db)
      await db.exec(
        `INSERT INTO requests (id, at, platform, command, outcome, latency_ms) SELECT ${keptIds}, now(), 'slack', 'ask', 'answered', 30 FROM generate_series(1, ${KEPT}) g`,
      )
      const store = createRequestStore(db)
      const batches = Array.from({ length: BATCHES }, () => Array.from({ length: BATCH }, (_, i) => storedRequest(id(), i)))
      const cpu = process.cpuUsage()
      for (const batch of batches) await store.saveRequests(batch)
      const used = process.cpuUsage(cpu)
      console.log(
        `PGlite       ${KEPT.toLocaleString('en')} rows kept, ${label}: ${((used.user + used.system) / (BATCHES * BATCH)).toFixed(1)} µs CPU a row`,
      )
    } finally {
      await db.close()
    }
  }
}

function storedRequest(id: string, i: number): StoredRequest {
  return {
    id,
    at: new Date(),
    platform: 'slack',
    workspace: 'T1',
    userHash: `${i % 1000}`.padStart(32, '0'),
    command: 'ask',
    question: `question ${i % 300}`,
    outcome: 'answered',
    passages: [{ id: 'paper:10', score: 0.9 }],
    latencyMs: 30,
  }
}

async function benchAll(name: string, db: Database): Promise<void> {
  try {
    await bench(name, db)
    for (const delay of [0, 100, 0, 100]) await paced(name, db, delay)
  } finally {
    await db.close()
  }
}

console.log(`${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}, load ${os.loadavg()[0]?.toFixed(1)}\n`)
const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-store-'))
try {
  await benchAll('PGlite', await openPgliteDatabase(folder))
  let fresh = 0
  await keptRows(() => openPgliteDatabase(path.join(folder, `kept-${fresh++}`)))
} finally {
  await rm(folder, { recursive: true, force: true })
}
const url = process.env.BENCH_DATABASE_URL
if (url) await benchAll('PostgreSQL', openPostgresDatabase(url))
else console.log('PostgreSQL   not measured: set BENCH_DATABASE_URL to an empty database it may fill')
