import SearchableMap from 'minisearch/SearchableMap'
import { type Token, tokenize } from '../text/tokenize.js'
import type { Thesaurus } from '../types.js'
import type { Spellings } from './spelling.js'

/** The thesaurus as the query side uses it: phrases keyed by their terms. */
export interface CompiledThesaurus {
  /**
   * Phrase key (its content terms joined by spaces) → the ways of saying the
   * same thing, each a list of terms that must all occur; `null` for phrases
   * to ignore.
   */
  phrases: ReadonlyMap<string, string[][] | null>
  /** The longest phrase, in words. */
  longest: number
  /**
   * Phrases made only of stop words ("come out", "came out"), which have no
   * terms to be keyed by: keyed by their folded words instead, and matched on
   * the words of the question as typed. Same values as `phrases`.
   */
  stopWordPhrases: ReadonlyMap<string, string[][]>
  /** The longest of them, in words. */
  longestStopWordPhrase: number
  /** Folded words the thesaurus knows: people type them, and mistype them. */
  words: Spellings
  /**
   * The key to look a phrase up by: its terms, each one-word synonym replaced
   * by its group's first word, so "ppl online" finds "people online".
   */
  keyOf(terms: readonly string[]): string
}

/** Content terms of a phrase: the first term of each non-stop token. */
function phraseTerms(tokens: readonly Token[]): string[] {
  const terms: string[] = []
  for (const token of tokens) {
    if (token.stop) continue
    if (token.number) terms.push(...token.terms)
    else if (token.terms[0] !== undefined) terms.push(token.terms[0])
  }
  return terms
}

export function compileThesaurus(thesaurus: Thesaurus): CompiledThesaurus {
  // Each phrase is tokenised once: a thesaurus of 1,300 phrases is read at every start.
  const tokensOf = new Map<string, Token[]>()
  const termsOf = (phrase: string): string[] => {
    let tokens = tokensOf.get(phrase)
    if (!tokens) tokensOf.set(phrase, (tokens = tokenize(phrase)))
    return phraseTerms(tokens)
  }
  const phrases = new Map<string, string[][] | null>()
  const stopWordPhrases = new Map<string, string[][]>()
  let longestStopWordPhrase = 0
  const words = new SearchableMap<number>()
  const canonical = canonicalTerms(thesaurus, termsOf)
  const keyOf = (terms: readonly string[]) => terms.map((term) => canonical.get(term) ?? term).join(' ')
  let longest = 1
  const add = (phrase: string, meaning: string[][] | null): void => {
    const terms = termsOf(phrase)
    if (terms.length === 0) {
      const words = (tokensOf.get(phrase) ?? []).map((token) => token.word)
      if (meaning && words.length > 1) {
        const key = words.join(' ')
        stopWordPhrases.set(key, dedupe([...(stopWordPhrases.get(key) ?? []), ...meaning]))
        longestStopWordPhrase = Math.max(longestStopWordPhrase, words.length)
      }
      return
    }
    const key = keyOf(terms)
    const known = phrases.get(key)
    // A phrase listed in two groups means everything either group means.
    phrases.set(key, known && meaning ? dedupe([...known, ...meaning]) : meaning)
    longest = Math.max(longest, terms.length)
    for (const token of tokensOf.get(phrase) ?? []) if (!token.stop && !token.number) words.set(token.word, 1)
  }
  for (const phrase of thesaurus.ignore) add(phrase, null)
  for (const group of thesaurus.synonyms) {
    const all = [...group.article, ...group.people]
    const meaning = all.map(termsOf).filter((terms) => terms.length > 0)
    for (const phrase of all) add(phrase, meaning)
  }
  return { phrases, longest, stopWordPhrases, longestStopWordPhrase, words, keyOf }
}

/** Each one-word synonym → the first one-word phrase of its (first) group. */
function canonicalTerms(thesaurus: Thesaurus, termsOf: (phrase: string) => string[]): Map<string, string> {
  const canonical = new Map<string, string>()
  for (const group of thesaurus.synonyms) {
    const single = [...group.article, ...group.people].map(termsOf).filter((terms) => terms.length === 1)
    const [first] = single[0] ?? []
    if (first === undefined) continue
    for (const [term] of single) if (term !== undefined && !canonical.has(term)) canonical.set(term, first)
  }
  return canonical
}

function dedupe(alternatives: string[][]): string[][] {
  const seen = new Map(alternatives.map((terms) => [terms.join(' '), terms]))
  return [...seen.values()]
}
