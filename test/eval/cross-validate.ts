import type { EvalReport } from './evaluate.js'
import type { Pooled } from './aggregate.js'

/** The refusal thresholds tried when fitting: 0.30 to 0.95 in steps of 0.05. */
const THRESHOLD_GRID: readonly number[] = Array.from({ length: 14 }, (_, i) => Math.round((0.3 + i * 0.05) * 100) / 100)

/**
 * What a report made with no threshold (every question's best answer and its
 * score) becomes with one: an answer under the threshold is a refusal. The
 * best answer stays the best, since answers are ordered by score.
 */
export function atThreshold(open: EvalReport, threshold: number): Pooled {
  const kept = (score: number | null) => score !== null && score >= threshold
  return {
    answerable: { right: open.answerable.filter((o) => o.correct && kept(o.score)).length, of: open.answerable.length },
    unanswerable: { right: open.unanswerable.filter((o) => !kept(o.score)).length, of: open.unanswerable.length },
  }
}

/**
 * The threshold that gets the most questions right (answered or refused)
 * over the given reports, each question counting once. Of equally good
 * thresholds, the middle one.
 */
export function fitThreshold(reports: readonly EvalReport[]): number {
  const rightAt = (threshold: number) =>
    reports.reduce((sum, open) => {
      const at = atThreshold(open, threshold)
      return sum + at.answerable.right + at.unanswerable.right
    }, 0)
  const scores = THRESHOLD_GRID.map(rightAt)
  const best = Math.max(...scores)
  const ties = THRESHOLD_GRID.filter((_, i) => scores[i] === best)
  return ties[Math.floor((ties.length - 1) / 2)]!
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
    const threshold = fitThreshold(open.filter((other) => other.file !== file).map((other) => other.report))
    return { file, threshold, figures: atThreshold(report, threshold) }
  })
}
