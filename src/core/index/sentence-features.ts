import type { Token } from '../text/tokenize.js'

/** What kind of information a sentence offers, for questions that ask for a kind. */
export interface SentenceFeatures {
  /** A figure that is not a date: "45.5 trillion", "74.4 percent", "1 million". */
  hasFigure: boolean
  /** A year, month, weekday or date. */
  hasDate: boolean
  /** A name of a person, organisation or place, written with capitals mid-sentence. */
  hasEntity: boolean
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
const YEAR = /^(19|20)\d\d$/

/**
 * Reads the features off a sentence's tokens; `text` is the text the token
 * offsets point into, to see capital letters.
 */
export function describeSentence(tokens: readonly Token[], text: string): SentenceFeatures {
  let hasFigure = false
  let hasDate = false
  let hasEntity = false
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1]
    if (MONTHS.has(token.word) || WEEKDAYS.has(token.word) || YEAR.test(token.word)) hasDate = true
    else if (token.number) {
      if (previous && MONTHS.has(previous.word)) hasDate = true
      else hasFigure = true
    }
    const first = text[token.start] ?? ''
    if (i > 0 && !token.number && !token.stop && first !== first.toLowerCase()) hasEntity = true
  })
  return { hasFigure, hasDate, hasEntity }
}
