import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../../src/store/migrations.js'
import { createRequestStore, type StoredRequest } from '../../src/store/request-store.js'
import { BACKENDS, type TestDatabase } from '../helpers/store-backends.js'

const DAY = 86_400_000
const NOW = new Date('2026-12-01T12:00:00Z')

function request(id: string, fields: Partial<StoredRequest> = {}): StoredRequest {
  return {
    id,
    at: NOW,
    platform: 'slack',
    workspace: 'T1',
    userHash: 'hash-of-u1',
    command: 'ask',
    question: 'what are the data export rules?',
    outcome: 'refused',
    passages: [],
    latencyMs: 12,
    ...fields,
  }
}

describe.each(BACKENDS)('the request store on $name', (backend) => {
  let database: TestDatabase | undefined
  beforeAll(async () => {
    if (backend.unavailable) return
    database = await backend.open()
    await migrate(database.db)
  })
  afterAll(() => database?.dispose())
  beforeEach(async ({ skip }) => {
    if (backend.unavailable) skip(backend.unavailable)
    await database?.db.query('DELETE FROM requests')
    await database?.db.query('DELETE FROM feedback')
  })
  const db = () => (database as TestDatabase).db

  it('keeps a request once, with its quoted passages and scores, however often it is saved', async () => {
    const store = createRequestStore(db())
    const answered = request('r1', {
      outcome: 'answered',
      passages: [
        { id: 'paper:10', score: 0.91 },
        { id: 'paper:3', score: 0.4 },
      ],
    })
    await store.saveRequest(answered)
    await store.saveRequest(answered)
    const rows = await db().query<{ id: string; passages: unknown; latency_ms: number; outcome: string }>(
      'SELECT id, passages, latency_ms, outcome FROM requests',
    )
    expect(rows).toEqual([
      {
        id: 'r1',
        outcome: 'answered',
        latency_ms: 12,
        passages: [
          { id: 'paper:10', score: 0.91 },
          { id: 'paper:3', score: 0.4 },
        ],
      },
    ])
  })

  it('keeps question text as it was typed: tabs, line breaks, backslashes, quotes and "\\N" too', async () => {
    const store = createRequestStore(db())
    const typed = 'a\ttab, a\nnew line, a\r\nwindows one, C:\\path\\N, "quotes" and \'apostrophes\', \\N alone, 数据 and émigré'
    await store.saveRequests([request('r1', { question: typed }), request('r2', { question: null, workspace: null, userHash: null })])
    const rows = await db().query<{ id: string; question: string | null; workspace: string | null }>(
      'SELECT id, question, workspace FROM requests ORDER BY id',
    )
    expect(rows).toEqual([
      { id: 'r1', question: typed, workspace: 'T1' },
      { id: 'r2', question: null, workspace: null },
    ])
  })

  it('keeps a batch whose one question holds a NUL character, which Postgres cannot store, with U+FFFD in its place', async () => {
    const store = createRequestStore(db())
    await store.saveRequests([request('r1'), request('r2', { question: 'data\u0000export?' }), request('r3')])
    await store.saveFeedback({ requestId: 'r2', userHash: 'h1', vote: 'down', comment: 'wrong\u0000quote', at: new Date() })
    const rows = await db().query<{ id: string; question: string }>('SELECT id, question FROM requests ORDER BY id')
    expect(rows.map((row) => row.id)).toEqual(['r1', 'r2', 'r3'])
    expect(rows[1]?.question).toBe('data\uFFFDexport?')
    expect(await db().query('SELECT comment FROM feedback')).toEqual([{ comment: 'wrong\uFFFDquote' }])
  })

  it('saves the rest of a batch that holds a request already saved, each once', async () => {
    const store = createRequestStore(db())
    await store.saveRequests([request('r1')])
    await store.saveRequests([request('r2'), request('r1'), request('r3')])
    const rows = await db().query<{ id: string }>('SELECT id FROM requests ORDER BY id')
    expect(rows.map((row) => row.id)).toEqual(['r1', 'r2', 'r3'])
  })

  it('keeps one vote per user per answer, the latest', async () => {
    const store = createRequestStore(db())
    await store.saveRequest(request('r1'))
    await store.saveFeedback({ requestId: 'r1', userHash: 'a', vote: 'up', comment: null, at: NOW })
    await store.saveFeedback({ requestId: 'r1', userHash: 'a', vote: 'down', comment: 'wrong year', at: NOW })
    await store.saveFeedback({ requestId: 'r1', userHash: 'b', vote: 'up', comment: null, at: NOW })
    const votes = await db().query('SELECT user_hash, vote, comment FROM feedback ORDER BY user_hash')
    expect(votes).toEqual([
      { user_hash: 'a', vote: 'down', comment: 'wrong year' },
      { user_hash: 'b', vote: 'up', comment: null },
    ])
  })

  it('past the retention period deletes what people wrote and leaves anonymous counts', async () => {
    const store = createRequestStore(db())
    const old = new Date(NOW.getTime() - 100 * DAY)
    await store.saveRequest(request('old-with-text', { at: old }))
    await store.saveRequest(request('old-without-text', { at: old, question: null }))
    await store.saveRequest(request('recent', { at: new Date(NOW.getTime() - DAY) }))
    await store.saveFeedback({
      requestId: 'old-with-text',
      userHash: 'a',
      vote: 'down',
      comment: 'off topic',
      at: new Date(NOW.getTime() - 5 * DAY),
    })
    await store.saveFeedback({ requestId: 'old-without-text', userHash: 'a', vote: 'down', comment: 'no', at: old })
    await store.saveFeedback({ requestId: 'recent', userHash: 'a', vote: 'down', comment: 'stale figure', at: NOW })

    expect(await store.forgetBefore(new Date(NOW.getTime() - 90 * DAY))).toEqual({ deleted: 1, anonymised: 1 })
    expect(await db().query('SELECT id, user_hash, question FROM requests ORDER BY id')).toEqual([
      { id: 'old-without-text', user_hash: null, question: null },
      { id: 'recent', user_hash: 'hash-of-u1', question: 'what are the data export rules?' },
    ])
    // The vote on the deleted request went with it, even though it was given later; an old comment is gone.
    expect(await db().query('SELECT request_id, vote, comment FROM feedback ORDER BY request_id')).toEqual([
      { request_id: 'old-without-text', vote: 'down', comment: null },
      { request_id: 'recent', vote: 'down', comment: 'stale figure' },
    ])
  })
})
