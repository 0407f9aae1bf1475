import { tokenize } from '../text/tokenize.js'

/** A stretch of a quote to highlight, by offsets into the quote. */
export interface Highlight {
  start: number
  end: number
}

/** The words of a quote that met the question, as offsets into the quote. */
export function highlightsIn(quote: string, matchedTerms: ReadonlySet<string>): Highlight[] {
  return tokenize(quote)
    .filter((token) => token.terms.some((term) => matchedTerms.has(term)))
    .map(({ start, end }) => ({ start, end }))
}
