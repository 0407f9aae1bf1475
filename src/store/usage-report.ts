import type { Queryable } from './database.js'
import { groupQuestions, type QuestionGroup } from './group-questions.js'

/** Counts of one day's or one platform's questions. */
export interface QuestionCounts {
  asked: number
  answered: number
  refused: number
}

/** What `npm run report` shows: no user id, raw or hashed, ever appears in it. */
export interface UsageReport extends QuestionCounts {
  /** The period covered, as ISO dates (from inclusive, to exclusive). */
  from: string
  to: string
  /** Questions that could not be looked up (empty, too long), over the rate limit, or failed. */
  invalid: number
  limited: number
  failed: number
  byDay: Array<{ day: string } & QuestionCounts>
  byPlatform: Array<{ platform: string } & QuestionCounts>
  /** The most asked questions, grouped by similar wording. */
  topics: QuestionGroup[]
  /** The questions the documents had no answer for, grouped by similar wording, most frequent first. */
  unanswered: QuestionGroup[]
  feedback: { up: number; down: number }
  /** The quoted passages with the most 👎, with what people said was wrong. */
  mostDisliked: Array<{ passageId: string | null; down: number; up: number; question: string | null; comments: string[] }>
  /** False when STORE_QUESTIONS=false kept no question text in the period: topics and unanswered are then empty. */
  questionsKept: boolean
}

export interface UsageReportOptions {
  from: Date
  to: Date
  /**
   * Topics, unanswered groups and disliked answers listed at most.
   * @default 10
   */
  top?: number
}

/** Commands that ask nothing: they are not counted as questions. Nor are Share and More ("more:ask"), which redo one. */
const NOT_QUESTIONS = ['help', 'sources', 'about', 'report']

const COUNTS = `count(*)::int AS asked,
  count(*) FILTER (WHERE outcome = 'answered')::int AS answered,
  count(*) FILTER (WHERE outcome = 'refused')::int AS refused`

/** Reads the report for a period from the store's tables. */
export async function readUsageReport(db: Queryable, { from, to, top = 10 }: UsageReportOptions): Promise<UsageReport> {
  const period = [from.toISOString(), to.toISOString(), NOT_QUESTIONS]
  const questions = "at >= $1 AND at < $2 AND NOT (command = ANY($3)) AND position(':' in command) = 0"
  const [totals] = await db.query<QuestionCounts & { invalid: number; limited: number; failed: number; texts: number }>(
    `SELECT ${COUNTS},
       count(*) FILTER (WHERE outcome = 'invalid')::int AS invalid,
       count(*) FILTER (WHERE outcome = 'limited')::int AS limited,
       count(*) FILTER (WHERE outcome = 'failed')::int AS failed,
       count(question)::int AS texts
     FROM requests WHERE ${questions}`,
    period,
  )
  const byDay = await db.query<{ day: string } & QuestionCounts>(
    `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, ${COUNTS} FROM requests WHERE ${questions} GROUP BY 1 ORDER BY 1`,
    period,
  )
  const byPlatform = await db.query<{ platform: string } & QuestionCounts>(
    `SELECT platform, ${COUNTS} FROM requests WHERE ${questions} GROUP BY 1 ORDER BY 2 DESC, 1`,
    period,
  )
  // The same text is counted in SQL; similar wordings are grouped here.
  const asked = await db.query<{ question: string; outcome: string; count: number }>(
    `SELECT question, outcome, count(*)::int AS count FROM requests WHERE ${questions} AND question IS NOT NULL GROUP BY 1, 2`,
    period,
  )
  const votes = await db.query<{ vote: 'up' | 'down'; count: number }>(
    'SELECT vote, count(*)::int AS count FROM feedback WHERE at >= $1 AND at < $2 GROUP BY 1',
    period.slice(0, 2),
  )
  const mostDisliked = await db.query<UsageReport['mostDisliked'][number]>(
    `SELECT r.passages -> 0 ->> 'id' AS "passageId",
       count(*) FILTER (WHERE f.vote = 'down')::int AS down,
       count(*) FILTER (WHERE f.vote = 'up')::int AS up,
       min(r.question) AS question,
       coalesce(array_agg(f.comment ORDER BY f.at DESC) FILTER (WHERE f.comment IS NOT NULL), '{}') AS comments
     FROM feedback f JOIN requests r ON r.id = f.request_id
     WHERE f.at >= $1 AND f.at < $2
     GROUP BY 1 HAVING count(*) FILTER (WHERE f.vote = 'down') > 0
     ORDER BY down DESC, up, 1 LIMIT $3`,
    [...period.slice(0, 2), top],
  )
  const { texts = 0, ...counts } = totals ?? { asked: 0, answered: 0, refused: 0, invalid: 0, limited: 0, failed: 0 }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    ...counts,
    byDay,
    byPlatform,
    topics: groupQuestions(asked.filter((row) => row.outcome === 'answered' || row.outcome === 'refused')).slice(0, top),
    unanswered: groupQuestions(asked.filter((row) => row.outcome === 'refused')).slice(0, top),
    feedback: {
      up: votes.find((row) => row.vote === 'up')?.count ?? 0,
      down: votes.find((row) => row.vote === 'down')?.count ?? 0,
    },
    mostDisliked: mostDisliked.map((row) => ({ ...row, comments: row.comments.slice(0, 3) })),
    questionsKept: counts.asked === 0 || texts > 0,
  }
}
