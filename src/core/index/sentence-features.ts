import type { WordAnalysis } from '../text/tokenize.js'

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

/** Reads the features off a sentence's words. */
export function describeSentence(tokens: readonly WordAnalysis[]): SentenceFeatures {
  let hasFigure = false
  let hasDate = false
  let hasEntity = false
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.number) {
      if (YEAR.test(token.word) || MONTHS.has(tokens[i - 1]?.word ?? '')) hasDate = true
      else hasFigure = true
    } else if (MONTHS.has(token.word) || WEEKDAYS.has(token.word)) hasDate = true
    // The first word is capitalised whatever it is.
    else if (i > 0 && token.capitalised && !token.stop) hasEntity = true
  }
  return { hasFigure, hasDate, hasEntity }
}
