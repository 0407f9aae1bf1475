import { rm } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { FinishedRequest } from '../../commands/handle-request.js'
import { recordingWhenOpen } from '../../src/app/recording-when-open.js'
import type { Database } from '../../src/store/database.js'
import { type OpenStore, openStore } from '../../src/store/open-store.js'
import { openPgliteDatabase } from '../../src/store/pglite-database.js'
import type { SeenRequest } from '../../src/store/recorder.js'
import { recordingLog } from '../helpers/recording-log.js'
import { emptyPgliteFolder } from '../helpers/store-backends.js'

// The terminal shows its prompt before the request store is open: what is asked meanwhile waits for it.

let count = 0
function finished(question: string): FinishedRequest {
  count += 1
  return {
    id: `request-${count}`,
    request: { platform: 'terminal', origin: 'line', asked: { text: question }, public: true },
    command: 'ask',
    text: question,
    receivedAt: new Date(),
    outcome: { kind: 'notice', message: 'Ask a question.', visibility: 'private' },
    latencyMs: 5,
    passageIds: [],
  }
}

/** An opener that resolves when the test says, with a store whose recorder keeps what it is given. */
function slowOpener() {
  const recorded: SeenRequest[] = []
  let closed = false
  const store = {
    recorder: {
      record: (request: SeenRequest) => void recorded.push(request),
      vote: () => undefined,
      flush: async () => undefined,
    },
    db: {} as Database,
    close: async () => void (closed = true),
  } satisfies OpenStore
  let open!: (value: OpenStore | undefined) => void
  const opening = new Promise<OpenStore | undefined>((resolve) => (open = resolve))
  return { opening, recorded, closed: () => closed, open: () => open(store), fail: () => open(undefined) }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('recording while the store opens', () => {
  it('keeps what finished before the store opened and records it, in order, once it has', async () => {
    const opener = slowOpener()
    const notes: string[] = []
    const recording = recordingWhenOpen(opener.opening, { note: (line) => notes.push(line) })
    recording.onFinished(finished('how many 5g towers'))
    recording.onFinished(finished('internet users'))
    await settle()
    expect(opener.recorded).toEqual([])
    opener.open()
    await settle()
    recording.onFinished(finished('after it opened'))
    expect(opener.recorded.map((request) => request.question)).toEqual(['how many 5g towers', 'internet users', 'after it opened'])
    expect(notes).toEqual([])
    await recording.close()
    expect(opener.closed()).toBe(true)
  })

  it('drops what finishes beyond the buffer, says so once, and records the rest', async () => {
    const opener = slowOpener()
    const notes: string[] = []
    const recording = recordingWhenOpen(opener.opening, { maxWaiting: 3, note: (line) => notes.push(line) })
    for (let i = 0; i < 10; i++) recording.onFinished(finished(`question ${i}`))
    expect(notes).toEqual(['Not recorded: requests beyond the first 3 made while the request store was opening.'])
    opener.open()
    await settle()
    expect(opener.recorded.map((request) => request.question)).toEqual(['question 0', 'question 1', 'question 2'])
    expect(notes).toHaveLength(1)
  })

  it('drops what waited when the store does not open, says how many once, and /report finds no store', async () => {
    const opener = slowOpener()
    const notes: string[] = []
    const recording = recordingWhenOpen(opener.opening, { note: (line) => notes.push(line) })
    recording.onFinished(finished('one'))
    recording.onFinished(finished('two'))
    opener.fail()
    await settle()
    recording.onFinished(finished('three'))
    expect(notes).toEqual(['Not recorded: 2 request(s), since the request store did not open.'])
    expect(await recording.readUsage(30)).toBeUndefined()
    await recording.close()
  })

  it('lets /report wait for the store to open rather than say there is none', async () => {
    const opener = slowOpener()
    const recording = recordingWhenOpen(opener.opening, { note: () => undefined })
    let answered = false
    const usage = recording.readUsage(30).then(() => (answered = true))
    await settle()
    expect(answered).toBe(false)
    opener.fail()
    await usage
    expect(answered).toBe(true)
  })

  it('with the real embedded store: a question answered before it opened is one row once it has', async () => {
    const dataDir = await emptyPgliteFolder()
    try {
      const recording = recordingWhenOpen(openStore({ dataDir, keepQuestions: true, retentionDays: 90 }, recordingLog()), {
        note: (line) => expect.fail(line),
      })
      // Called on the same turn as the open: PGlite cannot be open yet.
      recording.onFinished(finished('how many 5g towers'))
      expect(await recording.readUsage(30)).toMatchObject({ asked: expect.any(Number) })
      await recording.close()
      const db = await openPgliteDatabase(dataDir)
      try {
        expect(await db.query('SELECT platform, command, question FROM requests')).toEqual([
          { platform: 'terminal', command: 'ask', question: 'how many 5g towers' },
        ])
      } finally {
        await db.close()
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
