import type { IndexedPassage } from '../index/passage-index.js'
import type { QuoteChoice } from './select-quote.js'

/** A stretch of a quote to highlight, by offsets into the quote. */
export interface Highlight {
  start: number
  end: number
}

/** The words of the chosen quote that met the question, as offsets into the quote. */
export function highlightsIn(entry: IndexedPassage, choice: QuoteChoice): Highlight[] {
  const highlights: Highlight[] = []
  for (const sentence of entry.sentences) {
    if (sentence.start < choice.start || sentence.end > choice.end) continue
    for (const token of sentence.tokens) {
      if (token.terms.some((term) => choice.matchedTerms.has(term))) {
        highlights.push({ start: token.start - choice.start, end: token.end - choice.start })
      }
    }
  }
  return highlights
}
