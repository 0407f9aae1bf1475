import type { CopyValue } from './copy-text.js'
import type { Database } from './database.js'

/** What a request came to, as the report counts it. */
export const OUTCOMES = ['answered', 'refused', 'invalid', 'limited', 'failed'] as const
export type Outcome = (typeof OUTCOMES)[number]

export interface QuotedPassage {
  id: string
  score: number
}

/** One request as stored: the user only as a hash, the question only if questions are kept. */
export interface StoredRequest {
  id: string
  at: Date
  platform: string
  workspace: string | null
  userHash: string | null
  command: string
  question: string | null
  outcome: Outcome
  passages: QuotedPassage[]
  latencyMs: number
}

export interface StoredFeedback {
  requestId: string
  userHash: string
  vote: 'up' | 'down'
  comment: string | null
  at: Date
}

/** The writes the bot makes; the report reads the same tables (usage-report.ts). */
export interface RequestStore {
  /** Saves a request once: the same id again is ignored. */
  saveRequest(request: StoredRequest): Promise<void>
  /** Saves several requests in one statement, each once. */
  saveRequests(requests: readonly StoredRequest[]): Promise<void>
  /** Saves a user's vote on an answer, replacing their earlier one. */
  saveFeedback(feedback: StoredFeedback): Promise<void>
  /** Applies the retention period: see forgetBefore. */
  forgetBefore(cutoff: Date): Promise<{ deleted: number; anonymised: number }>
}

const REQUEST_COLUMNS = ['id', 'at', 'platform', 'workspace', 'user_hash', 'command', 'question', 'outcome', 'passages', 'latency_ms']

// Postgres's code for a key already there.
const UNIQUE_VIOLATION = '23505'

export function createRequestStore(db: Database): RequestStore {
  // One statement whatever the batch's size, its columns as arrays: the server parses and
  // plans the same text every time, rather than a new one of up to a thousand parameters.
  const insertRequests = async (rows: ReadonlyArray<ReadonlyArray<CopyValue>>) => {
    await db.query(
      `INSERT INTO requests (${REQUEST_COLUMNS.join(', ')})
       SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::integer[])
       ON CONFLICT (id) DO NOTHING`,
      REQUEST_COLUMNS.map((_, column) => rows.map((row) => row[column])),
    )
  }
  // Where the database takes COPY data directly (PGlite), a batch goes that way: a row costs PGlite's
  // WebAssembly a third less CPU than by the INSERT (`npm run bench:store`, a million rows kept: 10.7 µs
  // against 16.6), and that CPU is the replies' under load. A COPY cannot skip a request already
  // saved, so a batch that holds one is inserted instead.
  const saveRequests = async (requests: readonly StoredRequest[]) => {
    if (requests.length === 0) return
    const rows = requests.map(requestValues)
    if (!db.copyIn) return insertRequests(rows)
    try {
      await db.copyIn('requests', REQUEST_COLUMNS, rows)
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error
      await insertRequests(rows)
    }
  }
  return {
    saveRequest: (request) => saveRequests([request]),
    saveRequests,
    async saveFeedback(feedback) {
      await db.query(
        `INSERT INTO feedback (request_id, user_hash, vote, comment, at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (request_id, user_hash) DO UPDATE SET vote = EXCLUDED.vote, comment = EXCLUDED.comment, at = EXCLUDED.at`,
        [feedback.requestId, feedback.userHash, feedback.vote, storable(feedback.comment), feedback.at.toISOString()],
      )
    },
    /**
     * Past the retention period, what people wrote is deleted: requests with
     * their question text (and the votes on them), and the "what was wrong"
     * comments. Requests kept without text lose their user hash, so what
     * remains are anonymous counts.
     */
    async forgetBefore(cutoff) {
      return db.transaction(async (tx) => {
        const at = cutoff.toISOString()
        const old = 'SELECT id FROM requests WHERE at < $1 AND question IS NOT NULL'
        await tx.query(`DELETE FROM feedback WHERE request_id IN (${old})`, [at])
        const deleted = await tx.query('DELETE FROM requests WHERE at < $1 AND question IS NOT NULL RETURNING id', [at])
        await tx.query('DELETE FROM feedback WHERE at < $1 AND request_id NOT IN (SELECT id FROM requests)', [at])
        await tx.query('UPDATE feedback SET comment = NULL WHERE at < $1 AND comment IS NOT NULL', [at])
        const anonymised = await tx.query('UPDATE requests SET user_hash = NULL WHERE at < $1 AND user_hash IS NOT NULL RETURNING id', [at])
        return { deleted: deleted.length, anonymised: anonymised.length }
      })
    },
  }
}

/** A request's values in the order of REQUEST_COLUMNS, as both ways of writing a batch take them. */
function requestValues(request: StoredRequest): CopyValue[] {
  return [
    request.id,
    request.at.toISOString(),
    request.platform,
    storable(request.workspace),
    request.userHash,
    request.command,
    storable(request.question),
    request.outcome,
    JSON.stringify(request.passages),
    Math.round(request.latencyMs),
  ]
}

/**
 * Text as Postgres can keep it: it has no NUL character, and a value holding
 * one fails its whole statement, so one user's "\0" would lose every request
 * of the batch. It is kept as U+FFFD, the mark of a character that could not be.
 */
function storable(text: string | null): string | null {
  return text?.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text
}
