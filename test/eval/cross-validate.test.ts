import { describe, expect, it } from 'vitest'
import { floorOf } from './aggregate.js'
import { atThreshold, bestThreshold, crossValidateThreshold } from './cross-validate.js'
import type { EvalReport, Outcome } from './evaluate.js'

const answered = (score: number, correct: boolean): Outcome => ({ question: 'q', expect: 'e', got: 'quote', score, correct })
const unanswered = (score: number | null): Outcome => ({ question: 'q', got: score === null ? null : 'quote', score, correct: score === null })
const report = (answerable: Outcome[], unanswerable: Outcome[]): EvalReport => ({ answerable, unanswerable, unjudged: 0, top1: 0, refused: 0 })

describe('a refusal threshold', () => {
  it('turns answers scored under it into refusals', () => {
    const open = report([answered(0.9, true), answered(0.4, true), answered(0.8, false)], [unanswered(0.45), unanswered(0.7), unanswered(null)])
    expect(atThreshold(open, 0.5)).toEqual({ answerable: { right: 1, of: 3 }, unanswerable: { right: 2, of: 3 } })
    expect(atThreshold(open, 0.3)).toEqual({ answerable: { right: 2, of: 3 }, unanswerable: { right: 1, of: 3 } })
  })

  it('keeps an answer to an unanswerable question that was judged to answer it', () => {
    const judgedRight: Outcome = { question: 'q', got: 'quote from another document', score: 0.7, correct: true }
    expect(atThreshold(report([], [judgedRight]), 0.5).unanswerable.right).toBe(1)
  })

  it('is fitted where the most questions come out right', () => {
    // Right answers score 0.6 and up, unrelated ones under 0.55: any threshold in between is best.
    const open = report([answered(0.6, true), answered(0.75, true)], [unanswered(0.5), unanswered(0.52)])
    expect(bestThreshold([open]).threshold).toBeGreaterThan(0.52)
    expect(bestThreshold([open]).threshold).toBeLessThanOrEqual(0.6)
  })

  it('counts a quote that does not answer against it, so it refuses rather than show one', () => {
    // Any threshold up to 0.9 keeps the right answer; only one above 0.6 also keeps back the wrong quote.
    const open = report([answered(0.9, true), answered(0.6, false)], [])
    expect(bestThreshold([open]).threshold).toBeGreaterThan(0.6)
    expect(bestThreshold([open]).threshold).toBeLessThanOrEqual(0.9)
  })

  it('is scored on each set with the threshold fitted on the others', () => {
    const high = report([answered(0.9, true)], [unanswered(0.8)])
    const low = report([answered(0.4, true)], [unanswered(0.3)])
    const folds = crossValidateThreshold([
      { file: 'high', report: high },
      { file: 'low', report: low },
      { file: 'low-2', report: low },
    ])
    // Fitted without it, the high set gets the low sets' threshold and loses its refusal.
    const highFold = folds.find((fold) => fold.file === 'high')!
    expect(highFold.threshold).toBeLessThanOrEqual(0.4)
    expect(highFold.figures.unanswerable.right).toBe(0)
  })
})

describe('a floor', () => {
  it('is two standard errors under the recorded share, so fewer questions allow more slack', () => {
    expect(floorOf({ right: 90, of: 100 })).toBeCloseTo(0.9 - 2 * 0.03, 5)
    expect(floorOf({ right: 900, of: 1000 })).toBeGreaterThan(floorOf({ right: 90, of: 100 }))
    expect(floorOf({ right: 40, of: 40 })).toBe(1)
  })
})
