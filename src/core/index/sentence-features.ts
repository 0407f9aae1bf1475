import { MONTH_WORDS as MONTHS, TIME_WORDS, WEEKDAYS } from '../text/calendar.js'
import { SUPERLATIVES } from '../text/superlatives.js'
import type { WordAnalysis } from '../text/tokenize.js'

/** What kind of information a sentence offers, for questions that ask for a kind. */
export interface SentenceFeatures {
  /** A figure that is not a date: "45.5 trillion", "74.4 percent", "1 million". */
  hasFigure: boolean
  /** A year, month, weekday or date. */
  hasDate: boolean
  /** A time that is not a date: "once the rules are final", "at an early stage" (`TIME_WORDS`). */
  hasTime: boolean
  /** It ranks something above or below the rest: "the world's *largest* network", "what matters *most*". */
  ranks: boolean
  /** It opens by referring to what the sentence before names: "On 12 July 2022 *it* was relaunched …". */
  refersToBefore: boolean
}

/** A year as written in the corpus: "2021". */
export const YEAR = /^(19|20)\d\d$/

// Words that refer to what was named before, and how far into a sentence they open it.
const REFERRING_WORDS = new Set(['it', 'its', 'they', 'their', 'this', 'these', 'such'])
const REFERS_WITHIN = 6

/**
 * Adds a sentence's next word to what the sentence is known to offer, so
 * indexing reads the features in the same sweep that finds the words.
 * `previous` is the word before it in the sentence, if any; `at` its place in the sentence.
 */
export function readWord(features: SentenceFeatures, token: WordAnalysis, previous: WordAnalysis | undefined, at: number): void {
  if (at < REFERS_WITHIN && REFERRING_WORDS.has(token.word)) features.refersToBefore = true
  if (token.number) {
    if (YEAR.test(token.word) || MONTHS.has(previous?.word ?? '')) features.hasDate = true
    else features.hasFigure = true
  } else if (MONTHS.has(token.word) || WEEKDAYS.has(token.word)) features.hasDate = true
  else if (TIME_WORDS.has(token.word)) features.hasTime = true
  else if (SUPERLATIVES.has(token.word)) features.ranks = true
}
