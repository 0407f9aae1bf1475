import { v7 as timeOrderedUuid } from 'uuid'
import type { Logger } from '../app/log.js'
import type { Outcome, QuotedPassage, RequestStore, StoredFeedback, StoredRequest } from './request-store.js'
import type { HashUser } from './user-hash.js'

/** A request as the handler knows it. The user id is hashed before anything is written. */
export interface SeenRequest {
  /** From newRequestId(), made before replying so the answer's 👍/👎 buttons can carry it. */
  id: string
  platform: 'discord' | 'slack' | 'terminal'
  /** The Slack workspace (team id) or Discord server (guild id); absent in DMs and the terminal. */
  workspace?: string | null
  /** The platform's user id; absent in the terminal. */
  userId?: string
  command: string
  /** What the user asked (or the topic of `stats`); kept only when STORE_QUESTIONS is not false. */
  question?: string
  /** When the request arrived. Default: latency before the call to record(). */
  receivedAt?: Date
}

export interface RequestResult {
  outcome: Outcome
  /** The passages quoted, best first, with their scores. */
  passages?: readonly QuotedPassage[]
  /** From receiving the request to sending the reply. */
  latencyMs: number
}

export interface Vote {
  requestId: string
  platform: SeenRequest['platform']
  userId: string
  vote: 'up' | 'down'
  /** The optional "what was wrong". */
  comment?: string
}

/**
 * What the request handler calls after it has replied. Both calls return at
 * once and never throw: the write happens later, and a failed one is logged
 * (once a minute at most) and dropped.
 */
export interface Recorder {
  record(request: SeenRequest, result: RequestResult): void
  vote(vote: Vote): void
  /** Waits for the writes already queued (shutdown; tests). */
  flush(): Promise<void>
}

export interface RecorderOptions {
  store: RequestStore
  hashUser: HashUser
  log: Logger
  /**
   * STORE_QUESTIONS: keep the question text. When false, only that a question was asked is kept.
   * @default true
   */
  keepQuestions?: boolean
  /**
   * Rows waiting at most; more are dropped rather than held while the database is away. A row is
   * about half a kilobyte, so the default holds several seconds of a busy bot's requests (a few
   * MB) through a server's stall, and still lets go of them when it is down.
   * @default 10000
   */
  maxQueued?: number
  /**
   * Writes in flight at once.
   * @default 4
   */
  concurrency?: number
  /**
   * Requests written in one INSERT at most: a full batch is written at once, without waiting for batchDelayMs.
   * Larger batches catch up faster after a stall, since a statement costs little more for more rows.
   * @default 500
   */
  maxBatch?: number
  /**
   * How long a write waits for others to join it in one INSERT. One statement per request costs
   * about a millisecond of the main thread's time on PGlite (and a round trip on a server); one per
   * 100 ms costs little, and a reply never waits for it, since the write comes after the reply.
   * @default 100
   */
  batchDelayMs?: number
  /**
   * Least time between two log lines about failing writes.
   * @default 60000
   */
  failureLogIntervalMs?: number
  /** @default () => new Date() */
  now?: () => Date
}

/**
 * A new request's id: a UUID that starts with the time (version 7), so each id
 * sorts after the ones before it. The database's index on the id then grows
 * at its end, rather than taking each random id somewhere in the middle of a
 * tree that grows with the retention period. With a million rows kept, PGlite
 * writes a row in 10.7 µs of CPU against 15.4 with random ids (`npm run bench:store`).
 */
export function newRequestId(): string {
  return timeOrderedUuid()
}

/** The longest "what was wrong" kept: a note, not an essay. */
const MAX_COMMENT_LENGTH = 500

export function createRecorder(options: RecorderOptions): Recorder {
  const { store, hashUser, log } = options
  const {
    keepQuestions = true,
    maxQueued = 10_000,
    concurrency = 4,
    maxBatch = 500,
    batchDelayMs = 100,
    failureLogIntervalMs = 60_000,
  } = options
  const now = options.now ?? (() => new Date())
  // Rows wait here, made only when written; requests side by side go in one INSERT.
  const queue: Array<{ request: () => StoredRequest } | { vote: () => StoredFeedback }> = []
  let inFlight = 0
  let idle: Array<() => void> = []
  // The next pump: after batchDelayMs, or on the next turn for a full batch or a flush().
  let delayed: NodeJS.Timeout | undefined
  let soon: NodeJS.Immediate | undefined
  // Rows dropped since the last line about them, and when that line was written.
  let failing = false
  let dropped = 0
  let lastFailureLog = Number.NEGATIVE_INFINITY

  const noteDropped = (count: number, reason: string, error?: unknown) => {
    failing = true
    dropped += count
    const time = now().getTime()
    if (time - lastFailureLog < failureLogIntervalMs) return
    lastFailureLog = time
    log.warn('request store: not recorded; replies go on', {
      reason,
      ...(error === undefined ? {} : { error: firstLine(error) }),
      dropped,
    })
    dropped = 0
  }

  /** The next write: a run of queued requests (maxBatch at most), or one vote. */
  const nextWrite = (): { rows: number; write: () => Promise<void> } => {
    const first = queue.shift() as (typeof queue)[number]
    if ('vote' in first) return { rows: 1, write: () => store.saveFeedback(first.vote()) }
    const batch = [first.request()]
    while (batch.length < maxBatch && queue[0] && 'request' in queue[0])
      batch.push((queue.shift() as { request: () => StoredRequest }).request())
    return { rows: batch.length, write: () => store.saveRequests(batch) }
  }

  const schedule = () => {
    if (queue.length === 0 || inFlight >= concurrency || soon) return
    if (queue.length >= maxBatch || idle.length > 0) {
      clearTimeout(delayed)
      delayed = undefined
      soon = setImmediate(pump)
    } else delayed ??= setTimeout(pump, batchDelayMs)
  }

  const pump = () => {
    clearTimeout(delayed)
    delayed = undefined
    soon = undefined
    while (inFlight < concurrency && queue.length > 0) {
      const { rows, write } = nextWrite()
      inFlight++
      write()
        .then(
          () => {
            if (failing) {
              log.info('request store: recording again', { dropped })
              dropped = 0
            }
            failing = false
          },
          (error: unknown) => noteDropped(rows, 'the database write failed', error),
        )
        .finally(() => {
          inFlight--
          if (queue.length === 0) resolveIdle()
          else schedule()
        })
    }
  }

  const resolveIdle = () => {
    if (inFlight === 0 && queue.length === 0) {
      for (const resolve of idle) resolve()
      idle = []
    }
  }

  const enqueue = (entry: (typeof queue)[number]) => {
    if (queue.length >= maxQueued) {
      noteDropped(1, `more than ${maxQueued} writes waiting`)
      return
    }
    queue.push(entry)
    // After the caller's reply has gone: nothing of the write runs on its turn.
    schedule()
  }

  return {
    record(request, result) {
      const at = now()
      enqueue({
        request: () => ({
          id: request.id,
          at: request.receivedAt ?? new Date(at.getTime() - result.latencyMs),
          platform: request.platform,
          workspace: request.workspace ?? null,
          userHash: request.userId === undefined ? null : hashUser(request.platform, request.userId),
          command: request.command,
          question: keepQuestions && request.question !== undefined ? request.question : null,
          outcome: result.outcome,
          passages: [...(result.passages ?? [])],
          latencyMs: result.latencyMs,
        }),
      })
    },
    vote(vote) {
      const at = now()
      const comment = vote.vote === 'down' && vote.comment?.trim() ? vote.comment.trim().slice(0, MAX_COMMENT_LENGTH) : null
      enqueue({ vote: () => ({ requestId: vote.requestId, userHash: hashUser(vote.platform, vote.userId), vote: vote.vote, comment, at }) })
    },
    flush() {
      if (inFlight === 0 && queue.length === 0) return Promise.resolve()
      const flushed = new Promise<void>((resolve) => idle.push(resolve))
      // What waits is written now, not after batchDelayMs.
      schedule()
      return flushed
    },
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error)
  return message.split('\n')[0] ?? ''
}
