import type { EvalReport } from './evaluate.js'
import type { Pooled } from './aggregate.js'

/** The refusal thresholds tried when fitting: 0.30 to 0.95 in steps of 0.05. */
const THRESHOLD_GRID: readonly number[] = Array.from({ length: 14 }, (_, i) => Math.round((0.3 + i * 0.05) * 100) / 100)

/**
 * What a report made with no threshold (every question's best answer and its
 * score) becomes with one: an answer under the threshold is a refusal. The
 * best answer stays the best, since answers are ordered by score. A question
 * the set's document cannot answer stays right when answered by a quote from
 * another document judged to answer it.
 */
export function atThreshold(open: EvalReport, threshold: number): Pooled {
  const kept = (score: number | null) => score !== null && score >= threshold
  return {
    answerable: { right: open.answerable.filter((o) => o.correct && kept(o.score)).length, of: open.answerable.length },
    unanswerable: { right: open.unanswerable.filter((o) => o.correct || !kept(o.score)).length, of: open.unanswerable.length },
  }
}

// A quote that does not answer (the wrong sentence, or any quote for a question
// the corpus cannot answer) costs as much as a right answer gains: users would
// rather be told "the paper doesn't say" than be shown an unrelated sentence,
// so a refusal of an answerable question costs nothing and gains nothing.
const UNRELATED_QUOTE_COST = 1

/**
 * What a threshold is worth on a report made with none: each right answer and
 * each refusal of an unanswerable question counts 1, each quote that does not
 * answer −UNRELATED_QUOTE_COST.
 */
export function worthAt(open: EvalReport, threshold: number): number {
  const at = atThreshold(open, threshold)
  const wrongQuotes = open.answerable.filter((o) => !o.correct && o.score !== null && o.score >= threshold).length
  const unrelated = wrongQuotes + at.unanswerable.of - at.unanswerable.right
  return at.answerable.right + at.unanswerable.right - UNRELATED_QUOTE_COST * unrelated
}

/**
 * The best threshold over the given reports (`worthAt`, each question counting
 * once), and what it is worth. Of equally good thresholds, the middle one.
 */
export function bestThreshold(reports: readonly EvalReport[]): { threshold: number; worth: number } {
  const worths = THRESHOLD_GRID.map((threshold) => reports.reduce((sum, open) => sum + worthAt(open, threshold), 0))
  const worth = Math.max(...worths)
  const ties = THRESHOLD_GRID.filter((_, i) => worths[i] === worth)
  return { threshold: ties[Math.floor((ties.length - 1) / 2)]!, worth }
}

export interface FoldResult {
  file: string
  /** Fitted on every other set. */
  threshold: number
  figures: Pooled
}

/**
 * Leave-one-set-out cross-validation of the refusal threshold: for each set,
 * the threshold is fitted on the others and the set is scored with it.
 */
export function crossValidateThreshold(open: ReadonlyArray<{ file: string; report: EvalReport }>): FoldResult[] {
  return open.map(({ file, report }) => {
    const { threshold } = bestThreshold(open.filter((other) => other.file !== file).map((other) => other.report))
    return { file, threshold, figures: atThreshold(report, threshold) }
  })
}
