import { stemmer } from 'stemmer'
import { monthOf } from './calendar.js'
import { currencyTerm } from './currencies.js'
import { fold } from './fold.js'
import { NUMBER_WORDS } from './number-words.js'
import { STOP_WORDS } from './stop-words.js'

/** What one written word stands for, wherever it stands. */
export interface WordAnalysis {
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
  /** True when it starts with a capital letter, as names do mid-sentence. */
  capitalised: boolean
}

/** One word of a text, where it stands, and the index terms it stands for. */
export interface Token extends WordAnalysis {
  /** Offsets into the text the token came from, so callers can highlight it. */
  start: number
  end: number
}

// Abbreviations with dots ("U.S."), or runs of letters and digits joined by
// hyphens or apostrophes, with "." and "," kept inside numbers ("45.5", "1,000")
// and a trailing "%".
export const TOKEN_PATTERN =
  /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+(?:(?:[-\u2010\u2011'\u2019]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*%?/gu

const NUMBER = /^\d[\d,]*(?:\.\d+)?$/
// "7th", "1st": the day or rank as a plain number.
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/
// "1.05bn", "455m": a figure glued to its magnitude.
const NUMBER_WITH_MAGNITUDE = /^(\d[\d,]*(?:\.\d+)?)(bn|b|mn|m|k|tn|trn)$/
const MAGNITUDES: Record<string, string> = {
  bn: 'billion',
  b: 'billion',
  mn: 'million',
  m: 'million',
  k: 'thousand',
  tn: 'trillion',
  trn: 'trillion',
}
// The United States, however it is written: "U.S.", "US", "USA", "u.s.a.".
const UNITED_STATES = 'usa'

/** A word as an index reads it: numbered, so the index can count words in arrays rather than maps. */
export interface IndexedWord extends WordAnalysis {
  /** Unique within the reader that read it. */
  id: number
}

/** The index terms of a text's words that carry a topic (not its stop words): "the Digital Silk Road" → digit, silk, road. */
export function contentTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => (token.stop ? [] : token.terms))
}

/** Splits text into tokens; the same function serves passages and questions. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  scanWords(text, (analysis, start, end) => {
    tokens.push({ ...analysis, start, end })
  })
  return tokens
}

/**
 * Calls `visit` for each word of the text, in order, without building token
 * objects. Each word is analysed afresh: for questions, quotes and labels, which
 * are short. Indexing a corpus uses a `WordReader`, which analyses each spelling once.
 */
export function scanWords(text: string, visit: (analysis: WordAnalysis, start: number, end: number) => void): void {
  eachWord(text, analyze, visit)
}

/**
 * Reads the words of one corpus. Text repeats its words: analysing each spelling
 * once makes indexing several times faster. One reader per index, dropped when
 * the index is built, so nothing of a corpus outlives its index or is shared
 * between two retrievers.
 */
export class WordReader {
  private readonly analyses = new Map<string, IndexedWord>()
  // One string per term, whichever spelling it came from ("users", "Users" →
  // "user"): the index's sets and maps of terms then find a term by identity
  // instead of comparing text.
  private readonly sharedTerms = new Map<string, string>()

  /** Like `scanWords`; the analyses are shared between calls and must not be changed. */
  scan(text: string, visit: (word: IndexedWord, start: number, end: number) => void): void {
    eachWord(text, this.read, visit)
  }

  private readonly read = (raw: string, afterThe: boolean): IndexedWord => {
    // Only "us" reads differently after "the".
    const key = afterThe && raw.length <= 3 ? `the ${raw}` : raw
    let word = this.analyses.get(key)
    if (!word) {
      const { capitalised, word: folded, terms, stop, number } = analyze(raw, afterThe)
      // Every property named, not spread: V8 then keeps all six in the object
      // itself, and indexing reads them for each of a corpus's words.
      word = { id: this.analyses.size, word: folded, capitalised, terms: terms.map(this.sharedTerm), stop, number }
      this.analyses.set(key, word)
    }
    return word
  }

  private readonly sharedTerm = (term: string): string => {
    const shared = this.sharedTerms.get(term)
    if (shared !== undefined) return shared
    this.sharedTerms.set(term, term)
    return term
  }
}

function eachWord<Word extends WordAnalysis>(
  text: string,
  analyzeRaw: (raw: string, afterThe: boolean) => Word,
  visit: (word: Word, start: number, end: number) => void,
): void {
  let previous = ''
  let end = 0
  // All the words at once, as strings: no match object per word to collect. A
  // word starts with a letter, digit or mark, and every one of those starts a
  // match, so none is in the text between two words: each word is the first
  // occurrence of itself after the previous one.
  for (const raw of text.match(TOKEN_PATTERN) ?? []) {
    const start = text.indexOf(raw, end)
    end = start + raw.length
    const word = analyzeRaw(raw, previous === 'the')
    visit(word, start, end)
    previous = word.word
  }
}

function analyze(raw: string, afterThe: boolean): WordAnalysis {
  const word = fold(raw)
  return { word, capitalised: /^\p{Lu}/u.test(raw), ...analyzeWord(raw, word, afterThe) }
}

function analyzeWord(raw: string, word: string, afterThe: boolean): Pick<WordAnalysis, 'terms' | 'stop' | 'number'> {
  if (isUnitedStates(raw, word, afterThe)) return { terms: [UNITED_STATES], stop: false, number: false }

  const percent = word.endsWith('%')
  const bare = (percent ? word.slice(0, -1) : word).replace(/\.$/, '')
  if (NUMBER.test(bare)) {
    const terms = [bare.replace(/,/g, '')]
    if (percent) terms.push('percent')
    return { terms, stop: false, number: true }
  }
  // "usd" is US dollars, "rmb" yuan: one term for each currency, however it is written.
  const currency = currencyTerm(bare)
  if (currency !== undefined) return { terms: [currency], stop: false, number: false }
  // "dec 2021" is December 2021.
  const month = monthOf(bare)
  if (month !== undefined) return { terms: [stem(month)], stop: false, number: false }
  const spelledOut = NUMBER_WORDS.get(bare)
  if (spelledOut !== undefined) return { terms: [spelledOut], stop: false, number: true }
  const ordinal = ORDINAL.exec(bare)
  if (ordinal) return { terms: [ordinal[1] ?? bare], stop: false, number: true }
  const withMagnitude = NUMBER_WITH_MAGNITUDE.exec(bare)
  if (withMagnitude) {
    const [, figure = '', magnitude = ''] = withMagnitude
    return { terms: [figure.replace(/,/g, ''), MAGNITUDES[magnitude] ?? magnitude], stop: false, number: true }
  }

  // Possessives and contractions carry no meaning of their own: "china's" → "china".
  const base = bare.replace(/'s$|'$/, '').replace(/\./g, '')
  // A contraction is a stop word when it is one written without its apostrophe:
  // "haven't" is "havent", though "haven" alone is a word.
  if (base.includes("'") && STOP_WORDS.has(base.replace(/'/g, ''))) return { terms: [], stop: true, number: false }
  const parts = base.split(/[-']/).filter((part) => part.length > 0)
  // A lone letter ("e" of "e-commerce", a stray "b") names nothing by itself.
  const content = parts.filter((part) => !STOP_WORDS.has(part) && (part.length > 1 || /\d/.test(part)))
  const joined = parts.join('')
  const terms: string[] = []
  if (parts.length > 1 && !STOP_WORDS.has(joined)) terms.push(stem(joined))
  // "end-sept", "mid-dec": a month abbreviated within a word is still the month.
  for (const part of content) terms.push(stem(monthOf(part) ?? part))
  return { terms: [...new Set(terms)], stop: terms.length === 0, number: false }
}

function isUnitedStates(raw: string, word: string, afterThe: boolean): boolean {
  const letters = word.replace(/\./g, '')
  if (letters !== 'us' && letters !== 'usa') return false
  // Lower-case "us" is the pronoun unless it reads "the us".
  return raw.includes('.') || raw === raw.toUpperCase() || afterThe
}

// Words Porter's stemmer runs into another word of a different meaning, which
// this corpus uses: "communication" is not "community", "internal" is not
// "international", "general" is not "generation", "news" is not "new",
// "publication" is not "public", "shared" (future) is not a "share" of GDP,
// "namely" is not a "name", a "commentator" is not "commented", "accountability"
// is not "accounting for" a share, "issues" (problems) are not "issued", a
// "response" is not "responsibility", "critics" are not "critical" infrastructure,
// a figure "measured" then is not the "measures" taken.
const OWN_STEMS = new Map([
  ['communication', 'communicat'],
  ['communications', 'communicat'],
  ['communism', 'communism'],
  ['internal', 'internal'],
  ['internally', 'internal'],
  ['general', 'general'],
  ['generally', 'general'],
  ['news', 'news'],
  ['publication', 'publicat'],
  ['publications', 'publicat'],
  ['shared', 'shared'],
  ['namely', 'namely'],
  ['commentator', 'commentat'],
  ['commentators', 'commentat'],
  ['accountability', 'accountabl'],
  ['issues', 'issues'],
  ['response', 'response'],
  ['responses', 'response'],
  ['measured', 'measured'],
  ['critic', 'criticis'],
  ['critics', 'criticis'],
  ['criticism', 'criticis'],
  ['criticisms', 'criticis'],
  ['criticize', 'criticis'],
  ['criticized', 'criticis'],
])

/** Stems that words were given to keep them apart from another family: no family of theirs either. */
export const KEPT_APART_STEMS: ReadonlySet<string> = new Set(OWN_STEMS.values())

/** Stems words; figures and codes with digits ("5g", "covid19") are kept whole. */
export function stem(word: string): string {
  if (/\d/.test(word)) return word
  const american = americanSpelling(word)
  return OWN_STEMS.get(word) ?? OWN_STEMS.get(american) ?? stemmer(american)
}

// British spellings and their American twins, which Porter stems apart
// ("localisation" → "localis", "localization" → "local"). Each needs a few
// letters before it, so short words ("rise", "four", "hence") keep theirs;
// a word it misreads ("promise" → "promize") is misread the same way in the
// question and the corpus, so nothing meets what it should not.
const BRITISH_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=[a-z]{3})is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/(?<=[a-z]{2})ys(e|es|ed|ing)$/, 'yz$1'],
  [/(?<=[a-z]{3})our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
  [/(?<=[a-z]{3})ence(s)?$/, 'ense$1'],
  [/(?<=[a-z]{3})ogue(s)?$/, 'og$1'],
  [/(?<=[a-z]{3}[aeiou])ll(ed|ing|er|ers)$/, 'l$1'],
]

/** The word as American English spells it, where only the spelling differs. */
function americanSpelling(word: string): string {
  for (const [british, american] of BRITISH_ENDINGS) if (british.test(word)) return word.replace(british, american)
  return word
}
