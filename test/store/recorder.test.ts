import { afterEach, describe, expect, it } from 'vitest'
import { migrate } from '../../src/store/migrations.js'
import { openPostgresDatabase } from '../../src/store/postgres-database.js'
import { createRecorder, newRequestId, type RequestResult, type SeenRequest } from '../../src/store/recorder.js'
import { createRequestStore, type RequestStore, type StoredFeedback, type StoredRequest } from '../../src/store/request-store.js'
import { createUserHasher } from '../../src/store/user-hash.js'
import { recordingLog } from '../helpers/recording-log.js'
import { openPglite, type TestDatabase } from '../helpers/store-backends.js'
import { waitUntil } from '../helpers/wait-until.js'

const hashUser = createUserHasher('a test key, not a secret')
const asked = (fields: Partial<SeenRequest> = {}): SeenRequest => ({
  id: newRequestId(),
  platform: 'discord',
  workspace: '123456789012345678',
  userId: '987654321098765432',
  command: 'ask',
  question: 'what does it say about data export?',
  ...fields,
})
const refused: RequestResult = { outcome: 'refused', latencyMs: 20 }

/** A store that keeps what it is given in arrays, or fails, or never answers. */
function memoryStore(behaviour: 'works' | 'fails' | 'hangs' = 'works') {
  const requests: StoredRequest[] = []
  const votes: StoredFeedback[] = []
  let calls = 0
  const hung: Array<() => void> = []
  const act = async (keep: () => void) => {
    calls++
    if (behaviour === 'fails') throw Object.assign(new Error(''), { code: 'ECONNREFUSED' })
    if (behaviour === 'hangs') await new Promise<void>((resolve) => hung.push(resolve))
    keep()
  }
  const store: RequestStore = {
    saveRequest: (request) => act(() => requests.push(request)),
    saveRequests: (batch) => act(() => requests.push(...batch)),
    saveFeedback: (vote) => act(() => votes.push(vote)),
    forgetBefore: async () => ({ deleted: 0, anonymised: 0 }),
  }
  const release = () => {
    for (const resolve of hung.splice(0)) resolve()
  }
  return { store, requests, votes, calls: () => calls, release }
}

describe('the recorder', () => {
  let database: TestDatabase | undefined
  afterEach(() => database?.dispose())

  it('writes after the call has returned, and keeps a hash of the user, never the id', async () => {
    const memory = memoryStore()
    const recorder = createRecorder({ store: memory.store, hashUser, log: recordingLog() })
    const request = asked()
    recorder.record(request, { outcome: 'answered', passages: [{ id: 'paper:4', score: 0.8 }], latencyMs: 31 })
    // Nothing of the write has run on the caller's turn: its reply goes first.
    expect(memory.calls()).toBe(0)
    await recorder.flush()
    const [stored] = memory.requests
    expect(stored).toMatchObject({
      id: request.id,
      platform: 'discord',
      workspace: '123456789012345678',
      command: 'ask',
      question: 'what does it say about data export?',
      outcome: 'answered',
      passages: [{ id: 'paper:4', score: 0.8 }],
      latencyMs: 31,
    })
    expect(JSON.stringify(stored)).not.toContain('987654321098765432')
    expect(stored?.userHash).toBe(hashUser('discord', '987654321098765432'))
    expect(hashUser('discord', '987654321098765433')).not.toBe(stored?.userHash)
    expect(createUserHasher('another key')('discord', '987654321098765432')).not.toBe(stored?.userHash)
  })

  it('keeps no question text when told not to', async () => {
    const memory = memoryStore()
    const recorder = createRecorder({ store: memory.store, hashUser, log: recordingLog(), keepQuestions: false })
    recorder.record(asked(), refused)
    await recorder.flush()
    expect(memory.requests[0]?.question).toBeNull()
    expect(memory.requests[0]?.outcome).toBe('refused')
  })

  it('records a vote by the hashed user, with a "what was wrong" only for a down vote', async () => {
    const memory = memoryStore()
    const recorder = createRecorder({ store: memory.store, hashUser, log: recordingLog() })
    recorder.vote({ requestId: 'r1', platform: 'slack', userId: 'U123', vote: 'down', comment: '  the figure is from 2020  ' })
    recorder.vote({ requestId: 'r1', platform: 'slack', userId: 'U123', vote: 'up', comment: 'ignored' })
    await recorder.flush()
    expect(memory.votes.map(({ userHash, vote, comment }) => ({ userHash, vote, comment }))).toEqual([
      { userHash: hashUser('slack', 'U123'), vote: 'down', comment: 'the figure is from 2020' },
      { userHash: hashUser('slack', 'U123'), vote: 'up', comment: null },
    ])
  })

  it('writes the requests waiting together in one statement, up to a batch', async () => {
    const memory = memoryStore()
    const recorder = createRecorder({ store: memory.store, hashUser, log: recordingLog(), maxBatch: 100 })
    for (let i = 0; i < 250; i++) recorder.record(asked(), refused)
    await recorder.flush()
    expect(memory.requests).toHaveLength(250)
    expect(memory.calls()).toBe(3)
  })

  it('gathers the requests of its batch delay into one statement, and a flush writes them at once', async () => {
    const memory = memoryStore()
    // A delay no test run comes near, so that what is counted does not depend on the machine's speed.
    const recorder = createRecorder({ store: memory.store, hashUser, log: recordingLog(), batchDelayMs: 600_000 })
    // As under load: one request finishing per turn of the event loop, not all on one.
    for (let i = 0; i < 30; i++) {
      recorder.record(asked(), refused)
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(memory.calls()).toBe(0)
    await recorder.flush()
    expect(memory.calls()).toBe(1)
    expect(memory.requests).toHaveLength(30)
  })

  it('writes what waits once its batch delay is over, without a flush', async () => {
    const memory = memoryStore()
    const recorder = createRecorder({ store: memory.store, hashUser, log: recordingLog(), batchDelayMs: 5 })
    recorder.record(asked(), refused)
    recorder.record(asked(), refused)
    await waitUntil(() => memory.requests.length === 2)
    expect(memory.calls()).toBe(1)
  })

  it('drops failed writes and says so once a minute, with how many', async () => {
    const memory = memoryStore('fails')
    const log = recordingLog()
    let now = Date.parse('2026-12-01T12:00:00Z')
    const recorder = createRecorder({ store: memory.store, hashUser, log, now: () => new Date(now) })
    for (let i = 0; i < 50; i++) recorder.record(asked(), refused)
    await recorder.flush()
    now += 30_000
    for (let i = 0; i < 50; i++) recorder.record(asked(), refused)
    await recorder.flush()
    expect(log.lines.filter((line) => line.level === 'warn')).toHaveLength(1)
    expect(log.lines[0]).toMatchObject({
      message: 'request store: not recorded; replies go on',
      fields: { error: 'ECONNREFUSED', dropped: 50 },
    })
    now += 31_000
    recorder.record(asked(), refused)
    await recorder.flush()
    const warnings = log.lines.filter((line) => line.level === 'warn')
    expect(warnings).toHaveLength(2)
    // Every request since the first line, this one included, is accounted for.
    expect(warnings[1]?.fields.dropped).toBe(51)
    expect(memory.calls()).toBe(3)
  })

  it('holds a bounded number of writes while the database does not answer, and drops the rest', async () => {
    const memory = memoryStore('hangs')
    const log = recordingLog()
    const recorder = createRecorder({ store: memory.store, hashUser, log, maxQueued: 10, maxBatch: 4, concurrency: 2 })
    for (let i = 0; i < 500; i++) recorder.record(asked(), refused)
    await new Promise((resolve) => setImmediate(resolve))
    // Two writes of four in flight, two requests waiting, the other 490 dropped at once.
    expect(memory.calls()).toBe(2)
    expect(log.lines.filter((line) => line.level === 'warn')).toHaveLength(1)
    expect(log.lines[0]?.fields.reason).toBe('more than 10 writes waiting')
    // The database answers again: the ten held are written.
    while (memory.calls() < 3) {
      memory.release()
      await new Promise((resolve) => setImmediate(resolve))
    }
    memory.release()
    await recorder.flush()
    expect(memory.requests).toHaveLength(10)
    expect(log.lines.at(-1)).toMatchObject({ level: 'info', message: 'request store: recording again' })
  })

  it('goes on when the PostgreSQL server is not there', async () => {
    // Port 9 on loopback: nothing listens, so every connection is refused at once.
    const db = openPostgresDatabase('postgres://nobody:nothing@127.0.0.1:9/none', { connectionTimeoutMs: 500 })
    const log = recordingLog()
    const recorder = createRecorder({ store: createRequestStore(db), hashUser, log })
    for (let i = 0; i < 20; i++) recorder.record(asked(), refused)
    await recorder.flush()
    await db.close()
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]?.fields.error).toMatch(/ECONNREFUSED/)
    expect(JSON.stringify(log.lines)).not.toContain('nothing')
  })

  it('records into PGlite exactly once per request', async () => {
    database = await openPglite()
    await migrate(database.db)
    const recorder = createRecorder({ store: createRequestStore(database.db), hashUser, log: recordingLog() })
    const requests = Array.from({ length: 200 }, () => asked())
    for (const request of requests) recorder.record(request, refused)
    await recorder.flush()
    expect(await database.db.query('SELECT count(DISTINCT id)::int AS n, count(*)::int AS total FROM requests')).toEqual([
      { n: 200, total: 200 },
    ])
  })

  it("gives requests ids that sort in the order they came, so the id's index grows at its end", () => {
    // Many within one millisecond: the order must hold there too, not only between milliseconds.
    const ids = Array.from({ length: 5000 }, () => newRequestId())
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort()).toEqual(ids)
    for (const id of ids.slice(0, 10)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
