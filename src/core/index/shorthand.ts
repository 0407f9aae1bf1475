import type SearchableMap from 'minisearch/SearchableMap'
import { scanWords, stem } from '../text/tokenize.js'
import type { Passage } from '../types.js'

// Shorthand is short: "pi", "ipo", "govt", "intl". Longer words are words.
const MAX_LETTERS = 5
// A word's start stands for it from four letters ("econ"); its first letters, before consonants of
// the rest, from three ("govt"). Shorter shorthand is initials ("pi", "ipo").
const MIN_PREFIX = 4
const MIN_KEPT = 3
const MIN_SHORTENED = MIN_KEPT + 1
// A phrase is what initials stand for when the corpus writes it this often: once may be chance.
const MIN_PHRASE_COUNT = 2
// Initials stand for a run of this many words at most ("initial public offering").
const MAX_PHRASE_WORDS = 4

/**
 * What a word of a question that the corpus lacks may be shorthand for, read
 * from the corpus itself: the initials of a phrase it writes in lower case
 * ("pi" for "personal information", "ipo"), a word shortened by dropping
 * letters ("govt", "intl", "econ"), or, before a figure, the start of a word
 * ("ch. 2"). Capitalised names' initials are the `AcronymReader`'s. The
 * corpus is read again on the first lookup, not at start-up: few questions
 * use shorthand.
 */
export class Shorthand {
  private reading: CorpusReading | undefined
  private byFirstLetter: Map<string, Array<readonly [string, number]>> | undefined
  private readonly found = new Map<string, string[][]>()
  private readonly foundBeforeFigures = new Map<string, string[][]>()

  constructor(
    private readonly passages: readonly Passage[],
    private readonly spellings: SearchableMap<number>,
  ) {}

  /**
   * The terms of the phrase its initials stand for and of the word it
   * shortens, for a folded word; empty when it is too long to be shorthand or
   * the corpus has nothing it could stand for.
   */
  expansions(word: string): string[][] {
    if (!couldBeShorthand(word)) return []
    let expansions = this.found.get(word)
    if (!expansions) {
      expansions = [...this.phrasesWithInitials(word), ...this.wordsShortenedTo(word)]
      this.found.set(word, expansions)
    }
    return expansions
  }

  /**
   * What a word stands for before a figure: the corpus's most written word
   * that starts with it and stands before one, so "ch. 2" is "chapter two" and
   * "art 21" "Article 21", however short the word and whatever else it may mean.
   */
  numbered(short: string): string[][] {
    if (!couldBeShorthand(short)) return []
    let numbered = this.foundBeforeFigures.get(short)
    if (!numbered) {
      const { beforeFigures } = this.read()
      numbered = mostWrittenStem(beforeFigures, (word) => word.length > short.length && word.startsWith(short))
      this.foundBeforeFigures.set(short, numbered)
    }
    return numbered
  }

  /** The corpus as shorthand reads it, on the first lookup that needs it: one pass over its passages. */
  private read(): CorpusReading {
    this.reading ??= readCorpus(this.passages)
    return this.reading
  }

  /** The runs of lower-case words whose initials are the word, written at least `MIN_PHRASE_COUNT` times. */
  private phrasesWithInitials(initials: string): string[][] {
    if (initials.length > MAX_PHRASE_WORDS) return []
    const counts = new Map<string, { terms: string[]; count: number }>()
    for (const run of this.read().runs) {
      for (let from = 0; from + initials.length <= run.length; from++) {
        let matches = true
        for (let at = 0; at < initials.length && matches; at++) matches = run[from + at]!.letter === initials[at]
        if (!matches) continue
        const terms = run.slice(from, from + initials.length).map(({ term }) => term)
        const key = terms.join(' ')
        const seen = counts.get(key) ?? { terms, count: 0 }
        seen.count++
        counts.set(key, seen)
      }
    }
    return mostWritten([...counts.values()].filter(({ count }) => count >= MIN_PHRASE_COUNT))
  }

  /**
   * The corpus's most written word that the word shortens (`shortens`):
   * "econ" for "economy", "govt" for "government". None when two words are
   * written as often, for then the shorthand could be either.
   */
  private wordsShortenedTo(short: string): string[][] {
    if (short.length < MIN_SHORTENED) return []
    this.byFirstLetter ??= wordsByFirstLetter(this.spellings)
    return mostWrittenStem(this.byFirstLetter.get(short[0]!) ?? [], (word) => word.length >= short.length + 2 && shortens(short, word))
  }
}

function couldBeShorthand(word: string): boolean {
  return word.length >= 2 && word.length <= MAX_LETTERS && !/[^a-z]/.test(word)
}

/** Of the words `keep` takes, the stem written most often, all its words' counts together. */
function mostWrittenStem(words: Iterable<readonly [string, number]>, keep: (word: string) => boolean): string[][] {
  const byStem = new Map<string, number>()
  for (const [word, count] of words) {
    if (!keep(word)) continue
    const term = stem(word)
    byStem.set(term, (byStem.get(term) ?? 0) + count)
  }
  return mostWritten([...byStem].map(([term, count]) => ({ terms: [term], count })))
}

/**
 * Whether `short` is `word` shortened: its first four letters or more
 * ("econ", "info"), or its first three or more and then consonants of the
 * rest, in order, up to its last ("govt", "intl", "natl"). Fewer kept letters
 * say too little: "btc" could be "biometrics", "prc" "province", "dept"
 * "development". A vowel after the kept start means another word ("cbec" is
 * not "cyberspace").
 */
function shortens(short: string, word: string): boolean {
  if (short.length >= MIN_PREFIX && word.startsWith(short)) return true
  // The last letter is the word's once a silent "e" or a plural "s" is off: "natl" ends as "nationals" does.
  const end = word.replace(/e?s$|e$/, '')
  if (end.at(-1) !== short.at(-1)) return false
  for (let kept = MIN_KEPT; kept < short.length && word.startsWith(short.slice(0, kept)); kept++) {
    const rest = short.slice(kept)
    if (/[aeiou]/.test(rest)) continue
    let at = 0
    for (const letter of end.slice(kept)) if (letter === rest[at]) at++
    if (at === rest.length) return true
  }
  return false
}

/** The terms of the one most written of the candidates; none when two tie, for the shorthand could be either. */
function mostWritten(candidates: ReadonlyArray<{ terms: string[]; count: number }>): string[][] {
  let best: { terms: string[]; count: number } | undefined
  let tied = false
  for (const candidate of candidates) {
    if (best && candidate.count === best.count) tied = true
    else if (!best || candidate.count > best.count) {
      best = candidate
      tied = false
    }
  }
  return best && !tied ? [best.terms] : []
}

/** The corpus's words and their counts, by first letter: the words a shortening of that letter may shorten. */
function wordsByFirstLetter(spellings: SearchableMap<number>): Map<string, Array<readonly [string, number]>> {
  const byFirst = new Map<string, Array<readonly [string, number]>>()
  for (const [word, count] of spellings) {
    if (/[^a-z]/.test(word)) continue
    const bucket = byFirst.get(word[0]!) ?? []
    bucket.push([word, count])
    byFirst.set(word[0]!, bucket)
  }
  return byFirst
}

interface CorpusReading {
  /** Each passage's runs of lower-case content words, unbroken by stop words, figures or names. */
  runs: Array<Array<{ letter: string; term: string }>>
  /** Each word written right before a figure ("chapter two", "Article 21"), with how often. */
  beforeFigures: Map<string, number>
}

function readCorpus(passages: readonly Passage[]): CorpusReading {
  const runs: CorpusReading['runs'] = []
  const beforeFigures = new Map<string, number>()
  for (const { text } of passages) {
    let run: Array<{ letter: string; term: string }> = []
    const endRun = () => {
      if (run.length >= 2) runs.push(run)
      run = []
    }
    let previous: string | undefined
    scanWords(text, (word) => {
      if (word.number && previous !== undefined) beforeFigures.set(previous, (beforeFigures.get(previous) ?? 0) + 1)
      previous = word.stop || word.number || /[^a-z]/.test(word.word) ? undefined : word.word
      const term = word.terms[0]
      if (word.stop || word.number || word.capitalised || term === undefined || !/^[a-z]/.test(word.word)) endRun()
      else run.push({ letter: word.word[0]!, term })
    })
    endRun()
  }
  return { runs, beforeFigures }
}
