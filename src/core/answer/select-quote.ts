import type { IndexedPassage, IndexedSentence } from '../index/passage-index.js'
import type { Concept } from '../query/concepts.js'
import type { Intent } from '../query/intent.js'

/** The best sentence of one passage for a question. */
export interface QuoteChoice {
  /** Offsets into the passage text. */
  start: number
  end: number
  /** Weighted share of the question's concepts the sentence meets, less any preference it misses. */
  score: number
  /** The sentence that scored; the quote may add a neighbour to it. */
  sentence: IndexedSentence
}

export interface QuoteScoring {
  /** How much a concept counts when met elsewhere in the passage but not in the sentence (0–1). */
  contextCredit: number
  /** Taken from a sentence without a name when the question asks "who". */
  entityPreference: number
  /** A sentence with fewer words than this is quoted with its neighbour, to make sense alone. */
  minQuoteWords: number
}

/**
 * Scores each sentence of a passage and keeps the best. A sentence cannot
 * answer if it lacks a figure or code the question names, if its passage lacks
 * a specific name the question names, or if it offers no figure for "how many"
 * or no date for "when".
 */
export function selectQuote(
  entry: IndexedPassage,
  concepts: readonly Concept[],
  intent: Intent,
  scoring: QuoteScoring,
): QuoteChoice | undefined {
  let totalWeight = 0
  for (const concept of concepts) totalWeight += concept.weight
  if (totalWeight === 0) return undefined
  const wantsFact = intent.figure || intent.date
  let best: { sentence: IndexedSentence; at: number; score: number } | undefined
  entry.sentences.forEach((sentence, at) => {
    if ((intent.figure && !sentence.hasFigure) || (intent.date && !sentence.hasDate)) return
    const met = weightMet(sentence, entry, concepts, scoring.contextCredit, wantsFact)
    if (met === undefined) return
    let score = met / totalWeight
    if (intent.entity && !sentence.hasEntity) score -= scoring.entityPreference
    if (!best || score > best.score) best = { sentence, at, score }
  })
  if (!best) return undefined
  const { start, end } = quoteAround(entry.sentences, best.at, scoring.minQuoteWords)
  return { start, end, score: best.score, sentence: best.sentence }
}

/**
 * The weight of the concepts a sentence meets, with partial credit for those
 * met elsewhere in its passage; undefined when it cannot answer. Runs for every
 * sentence of every candidate, so it allocates nothing.
 */
function weightMet(
  sentence: IndexedSentence,
  entry: IndexedPassage,
  concepts: readonly Concept[],
  contextCredit: number,
  wantsFact: boolean,
): number | undefined {
  let met = 0
  for (const concept of concepts) {
    const inSentence = bestCredit(concept, sentence.terms)
    if (inSentence > 0) {
      met += concept.weight * inSentence
      continue
    }
    // A figure or date answers only for the things named beside it.
    if (concept.exact || (wantsFact && (concept.required || (concept.known && !concept.common)))) return undefined
    const inPassage = bestCredit(concept, entry.terms)
    if (inPassage > 0) met += concept.weight * contextCredit * inPassage
    else if (concept.required) return undefined
  }
  return met
}

/** The highest credit among the ways of meeting a concept that the terms meet; 0 for none. */
function bestCredit(concept: Concept, terms: ReadonlySet<string>): number {
  let best = 0
  for (const alternative of concept.alternatives) {
    if (alternative.credit > best && containsAll(terms, alternative.terms)) best = alternative.credit
  }
  return best
}

function containsAll(set: ReadonlySet<string>, terms: readonly string[]): boolean {
  for (const term of terms) if (!set.has(term)) return false
  return true
}

/** The sentence's terms that met a concept, for highlighting. */
export function termsMet(sentence: IndexedSentence, concepts: readonly Concept[]): Set<string> {
  const met = new Set<string>()
  for (const concept of concepts) {
    for (const { terms } of concept.alternatives) {
      if (containsAll(sentence.terms, terms)) for (const term of terms) met.add(term)
    }
  }
  return met
}

/** The sentence, with the next (or previous) one when it is too short to stand alone. */
function quoteAround(sentences: readonly IndexedSentence[], i: number, minWords: number): { start: number; end: number } {
  const sentence = sentences[i] as IndexedSentence
  if (sentence.wordCount >= minWords) return sentence
  const neighbour = sentences[i + 1] ?? sentences[i - 1]
  if (!neighbour) return sentence
  return { start: Math.min(sentence.start, neighbour.start), end: Math.max(sentence.end, neighbour.end) }
}
