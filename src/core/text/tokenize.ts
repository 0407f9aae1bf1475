import { stemmer } from 'stemmer'
import { fold } from './fold.js'
import { STOP_WORDS } from './stop-words.js'

/** One word of a text, where it stands, and the index terms it stands for. */
export interface Token {
  /** Offsets into the text the token came from, so callers can highlight it. */
  start: number
  end: number
  /** The folded surface form ("e-commerce", "u.s.", "45.5"), before stemming. */
  word: string
  /**
   * Index terms, stemmed. A hyphenated word gives its joined form first and then
   * its parts, so "e-commerce", "ecommerce" and "e commerce" meet.
   */
  terms: string[]
  /** True when the token carries no topic (a stop word). */
  stop: boolean
  /** True when the token is a figure ("45.5", "1,000", "74.4%"). */
  number: boolean
}

// Abbreviations with dots ("U.S."), or runs of letters and digits joined by
// hyphens or apostrophes, with "." and "," kept inside numbers ("45.5", "1,000")
// and a trailing "%".
const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+(?:(?:[-\u2010\u2011'\u2019]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*%?/gu

const NUMBER = /^\d[\d,]*(?:\.\d+)?$/
// "7th", "1st": the day or rank as a plain number.
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/
// "1.05bn", "455m": a figure glued to its magnitude.
const NUMBER_WITH_MAGNITUDE = /^(\d[\d,]*(?:\.\d+)?)(bn|b|mn|m|k|tn|trn)$/
const MAGNITUDES: Record<string, string> = {
  bn: 'billion', b: 'billion', mn: 'million', m: 'million', k: 'thousand', tn: 'trillion', trn: 'trillion',
}
// The United States, however it is written: "U.S.", "US", "USA", "u.s.a.".
const UNITED_STATES = 'usa'

/** Splits text into tokens; the same function serves passages and questions. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0]
    const start = match.index
    const previous = tokens.at(-1)
    const word = fold(raw)
    const token = analyzeWord(raw, word, previous?.word === 'the')
    tokens.push({ start, end: start + raw.length, word, ...token })
  }
  return tokens
}

function analyzeWord(raw: string, word: string, afterThe: boolean): Omit<Token, 'start' | 'end' | 'word'> {
  if (isUnitedStates(raw, word, afterThe)) return { terms: [UNITED_STATES], stop: false, number: false }

  const percent = word.endsWith('%')
  const bare = (percent ? word.slice(0, -1) : word).replace(/\.$/, '')
  if (NUMBER.test(bare)) {
    const terms = [bare.replace(/,/g, '')]
    if (percent) terms.push('percent')
    return { terms, stop: false, number: true }
  }
  const ordinal = ORDINAL.exec(bare)
  if (ordinal) return { terms: [ordinal[1] ?? bare], stop: false, number: true }
  const withMagnitude = NUMBER_WITH_MAGNITUDE.exec(bare)
  if (withMagnitude) {
    const [, figure = '', magnitude = ''] = withMagnitude
    return { terms: [figure.replace(/,/g, ''), MAGNITUDES[magnitude] ?? magnitude], stop: false, number: true }
  }

  // Possessives and contractions carry no meaning of their own: "china's" → "china".
  const base = bare.replace(/'s$|'$/, '').replace(/\./g, '')
  const parts = base.split(/[-']/).filter((part) => part.length > 0)
  const content = parts.filter((part) => !STOP_WORDS.has(part))
  const joined = parts.join('')
  const terms: string[] = []
  if (parts.length > 1 && !STOP_WORDS.has(joined)) terms.push(stem(joined))
  for (const part of content) terms.push(stem(part))
  return { terms: [...new Set(terms)], stop: terms.length === 0, number: false }
}

function isUnitedStates(raw: string, word: string, afterThe: boolean): boolean {
  const letters = word.replace(/\./g, '')
  if (letters !== 'us' && letters !== 'usa') return false
  // Lower-case "us" is the pronoun unless it reads "the us".
  return raw.includes('.') || raw === raw.toUpperCase() || afterThe
}

/** Stems words; figures and codes with digits ("5g", "covid19") are kept whole. */
export function stem(word: string): string {
  return /\d/.test(word) ? word : stemmer(word)
}
