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
  /** Terms of the quote that met a concept, for highlighting. */
  matchedTerms: ReadonlySet<string>
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
  const totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0)
  if (totalWeight === 0) return undefined
  let best: { sentence: number; score: number; matchedTerms: Set<string> } | undefined
  entry.sentences.forEach((sentence, i) => {
    const wantsFact = intent.figure || intent.date
    if ((intent.figure && !sentence.hasFigure) || (intent.date && !sentence.hasDate)) return
    const scored = scoreSentence(sentence, entry, concepts, scoring, wantsFact)
    if (!scored) return
    let score = scored.met / totalWeight
    if (intent.entity && !sentence.hasEntity) score -= scoring.entityPreference
    if (!best || score > best.score) best = { sentence: i, score, matchedTerms: scored.matchedTerms }
  })
  if (!best) return undefined
  const { start, end } = quoteAround(entry.sentences, best.sentence, scoring.minQuoteWords)
  return { start, end, score: best.score, matchedTerms: best.matchedTerms }
}

function scoreSentence(
  sentence: IndexedSentence,
  entry: IndexedPassage,
  concepts: readonly Concept[],
  scoring: QuoteScoring,
  wantsFact: boolean,
): { met: number; matchedTerms: Set<string> } | undefined {
  const matchedTerms = new Set<string>()
  let met = 0
  for (const concept of concepts) {
    const inSentence = concept.alternatives.filter(({ terms }) => terms.every((term) => sentence.terms.has(term)))
    if (inSentence.length > 0) {
      met += concept.weight * Math.max(...inSentence.map(({ credit }) => credit))
      for (const { terms } of inSentence) for (const term of terms) matchedTerms.add(term)
      continue
    }
    // A figure or date answers only for the things named beside it.
    if (concept.exact || (concept.required && wantsFact)) return undefined
    const inPassage = concept.alternatives.filter(({ terms }) => terms.every((term) => entry.terms.has(term)))
    if (inPassage.length > 0) met += concept.weight * scoring.contextCredit * Math.max(...inPassage.map(({ credit }) => credit))
    else if (concept.required) return undefined
  }
  return { met, matchedTerms }
}

/** The sentence, with the next (or previous) one when it is too short to stand alone. */
function quoteAround(sentences: readonly IndexedSentence[], i: number, minWords: number): { start: number; end: number } {
  const sentence = sentences[i] as IndexedSentence
  if (sentence.wordCount >= minWords) return sentence
  const neighbour = sentences[i + 1] ?? sentences[i - 1]
  if (!neighbour) return sentence
  return { start: Math.min(sentence.start, neighbour.start), end: Math.max(sentence.end, neighbour.end) }
}
