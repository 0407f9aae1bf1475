import type { EvalReport, Outcome } from './evaluate.js'

/** How many of a group of questions came out right. */
export interface Tally {
  right: number
  of: number
}

/** A group of sets pooled: answerable questions answered right, unanswerable ones refused. */
export interface Pooled {
  answerable: Tally
  unanswerable: Tally
}

const tally = (outcomes: readonly Outcome[]): Tally => ({
  right: outcomes.filter((outcome) => outcome.correct).length,
  of: outcomes.length,
})

export function pool(reports: readonly EvalReport[]): Pooled {
  return sumPooled(reports.map((report) => ({ answerable: tally(report.answerable), unanswerable: tally(report.unanswerable) })))
}

export const share = ({ right, of }: Tally): number => right / Math.max(1, of)

/**
 * The lowest share a change may score and still land: the recorded share less
 * two standard errors of a share over that many questions. A change that loses
 * a question or two on the sets it was not made for is within the noise of a
 * fixed set; one that loses more is not.
 */
export function floorOf(recorded: Tally): number {
  const p = share(recorded)
  return p - 2 * Math.sqrt((p * (1 - p)) / Math.max(1, recorded.of))
}

export const formatTally = (t: Tally): string => `${((100 * t.right) / Math.max(1, t.of)).toFixed(1)}% (${t.right}/${t.of})`

/** Pooled figures summed: the folds of a cross-validation, say. */
export function sumPooled(figures: readonly Pooled[]): Pooled {
  const add = (a: Tally, b: Tally): Tally => ({ right: a.right + b.right, of: a.of + b.of })
  return figures.reduce<Pooled>(
    (sum, next) => ({ answerable: add(sum.answerable, next.answerable), unanswerable: add(sum.unanswerable, next.unanswerable) }),
    { answerable: { right: 0, of: 0 }, unanswerable: { right: 0, of: 0 } },
  )
}
