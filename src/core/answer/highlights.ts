import { scanWords } from '../text/tokenize.js'

/** A stretch of a quote to highlight, by offsets into the quote. */
export interface Highlight {
  start: number
  end: number
}

/** The words of a quote that met the question, as offsets into the quote. */
export function highlightsIn(quote: string, matchedTerms: ReadonlySet<string>): Highlight[] {
  const highlights: Highlight[] = []
  scanWords(quote, ({ terms }, start, end) => {
    if (terms.some((term) => matchedTerms.has(term))) highlights.push({ start, end })
  })
  return highlights
}
