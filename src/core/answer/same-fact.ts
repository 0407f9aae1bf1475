import type { IndexedSentence } from '../index/passage-index.js'
import { findFigures } from '../stats/find-figures.js'

/** What two quotes are compared by to tell whether they state the same fact. */
export interface FactKey {
  /** Figures as values: "1.05bn" and "1.05 billion" are both 1050000000; "39.8 percent" is 39.8%. */
  figures: ReadonlySet<string>
  terms: ReadonlySet<string>
}

// Small whole numbers ("5 years", "3 chapters") recur between unrelated facts.
const MIN_DISTINCT_FIGURE = 10
// Without a figure, two sentences state the same fact when most of their words are shared.
const MIN_SHARED_TERMS = 0.6

export function factKey(quote: string, sentence: IndexedSentence): FactKey {
  const figures = new Set<string>()
  for (const figure of findFigures(quote)) {
    if (!figure.percent && Number.isInteger(figure.number) && figure.number < MIN_DISTINCT_FIGURE) continue
    figures.add(`${figure.number}${figure.percent ? '%' : ''}`)
  }
  return { figures, terms: sentence.terms }
}

/**
 * Whether two quotes that answer the same question state the same fact: they
 * give a figure in common ("1.05 billion internet users" and "about 1.05bn
 * people online"), or neither gives one and they share most of their words.
 */
export function sameFact(a: FactKey, b: FactKey): boolean {
  if (a.figures.size > 0 || b.figures.size > 0) {
    for (const figure of a.figures) if (b.figures.has(figure)) return true
    return false
  }
  let shared = 0
  for (const term of a.terms) if (b.terms.has(term)) shared++
  const union = a.terms.size + b.terms.size - shared
  return union > 0 && shared / union >= MIN_SHARED_TERMS
}
