import { median as middleValue } from './measure.js'

/**
 * The median of a few paired measurements, with an interval that holds the
 * true median at least `confidence` of the time whatever the spread's shape:
 * the k-th smallest and k-th largest values, k chosen from the binomial
 * distribution (each value falls below the true median with probability ½).
 * For the load bench's rounds, whose differences move by tens of percent
 * between runs of the same code, so that one median says little alone.
 */
export interface MedianInterval {
  median: number
  /** Absent when there are too few values for the confidence asked (5 or fewer for 95%). */
  low?: number
  high?: number
  /** What the interval's confidence really is (the binomial's steps make it at least the one asked). */
  confidence?: number
}

/** @param confidence at least this share of such intervals hold the true median. Default 0.95. */
export function medianInterval(values: readonly number[], confidence = 0.95): MedianInterval {
  if (values.length === 0) throw new Error('medianInterval: no values')
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  const middle = Math.floor(n / 2)
  const median = middleValue(sorted)
  // The widest k whose interval [k-th smallest, k-th largest] still misses with at most 1 − confidence.
  let best: MedianInterval = { median }
  for (let k = 1; k <= middle; k++) {
    const covered = 1 - 2 * binomialAtMost(k - 1, n)
    if (covered < confidence) break
    best = { median, low: sorted[k - 1]!, high: sorted[n - k]!, confidence: covered }
  }
  return best
}

/** P(X ≤ k) for X ~ Binomial(n, ½). */
function binomialAtMost(k: number, n: number): number {
  let term = 0.5 ** n
  let total = term
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i
    total += term
  }
  return total
}
