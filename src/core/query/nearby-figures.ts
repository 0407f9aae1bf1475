import type { PassageIndex } from '../index/passage-index.js'
import { YEAR } from '../index/sentence-features.js'

// People quote figures from memory, rounded: "39 percent" for 39.8, "450 mil"
// for 455 million, "2 million towers" for 1.85 million. A rounded figure is
// within one unit of its last written digit, and never far off in proportion.
const MAX_RELATIVE_GAP = 0.1
// A large corpus has many figures near a round "450": the closest few are what
// the asker can have meant, and each one costs a look at every candidate.
const MAX_NEARBY = 3
const FIGURE = /^\d+(?:\.\d+)?$/

/**
 * The corpus's figures that a figure the corpus lacks may be a rounding of,
 * as index terms ("39" → ["39.8"]); empty for years, and when none is close.
 */
export function nearbyFigures(figure: string, index: PassageIndex): string[] {
  // A year names one moment: 2020 is not "about" 2021. Days one apart are a
  // whole unit apart, so the 8th never meets the 7th; a day ending in 0 can
  // still meet its neighbour ("the 20th" the 21st).
  if (!FIGURE.test(figure) || YEAR.test(figure)) return []
  const asked = Number(figure)
  const unit = unitOfLastDigit(figure)
  return index.figures
    .map(({ term, value }) => ({ term, value, gap: Math.abs(value - asked) }))
    .filter(({ value, gap }) => {
      // Less a hair, so a whole step computed in floating point (0.3 − 0.2) does not pass for less.
      return gap > 0 && gap < unit * (1 - 1e-9) && gap <= value * MAX_RELATIVE_GAP
    })
    .sort((a, b) => a.gap - b.gap)
    .slice(0, MAX_NEARBY)
    .map(({ term }) => term)
}

/** 1 for "39", 0.1 for "1.9", 10 for "450": the size of a step in the last digit written. */
function unitOfLastDigit(figure: string): number {
  const [whole = '', fraction] = figure.split('.')
  if (fraction !== undefined) return 10 ** -fraction.length
  const trailingZeros = /0*$/.exec(whole)?.[0].length ?? 0
  return 10 ** Math.min(trailingZeros, whole.length - 1)
}
