import type { IndexedPassage, IndexedSentence } from '../index/passage-index.js'
import { type Concept, meets } from '../query/concept.js'
import type { Intent } from '../query/intent.js'
import { englishWord } from '../text/english-words.js'
import { contentTerms } from '../text/tokenize.js'
import { verbsIn } from '../text/verbs.js'
import type { SentenceCountries } from './asked-countries.js'
import type { SentenceFigures } from './asked-figure.js'
import type { SentenceNames } from './asked-name.js'
import { containsAll, totalWeight, weightMet, weightTyped } from './coverage.js'
import type { DocumentNames } from './document-names.js'
import { itemsListed } from './listed-items.js'
import { namesPenalty } from './names-penalty.js'
import { namesOnlyOneOfAKind } from './which-asked.js'

// English rarity (0 everyday, 1 rare) from which a word is specific enough that a
// figure's sentence must name it. Chosen on the tuned sets: 0.25 and 0.5 score
// alike on the article's, 0.05 finds 1 of documents-a's answers fewer.
const MIN_SPECIFIC_RARITY = 0.25

/** The best sentence of one passage for a question. */
export interface QuoteChoice {
  /** Offsets into the passage text. */
  start: number
  end: number
  /** Weighted share of the question's concepts the sentence meets, less any preference it misses. */
  score: number
  /**
   * Added to `score` when quotes are ranked, never when deciding whether to
   * answer: the sentence names a phrase the thesaurus ignores that the question used.
   */
  namesIgnored: number
  /**
   * The weight of the question's concepts the sentence meets in the words the
   * asker typed rather than a synonym's: of equally good quotes, the one in
   * the asker's own words comes first ("internet users" quotes "1.05 billion
   * internet users" before a sentence on the internet and people).
   */
  typedWeight: number
  /** The sentence that scored; the quote may add a neighbour to it. */
  sentence: IndexedSentence
}

export interface QuoteScoring {
  /** How much a concept counts when met elsewhere in the passage but not in the sentence (0–1). */
  contextCredit: number
  /** The same, in a passage that refers back to the one before ("All of them imply …"). */
  referredContextCredit: number
  /** Given, for ranking only, to a sentence that names a phrase the question used but the thesaurus ignores. */
  ignoredWordsPreference: number
  /** A sentence with fewer words than this is quoted with its neighbour, to make sense alone. */
  minQuoteWords: number
}

/** A question as read, once, before its candidate passages are scored. */
export interface ReadQuestion {
  concepts: readonly Concept[]
  intent: Intent
  /** The concepts a figure's or date's sentence must name itself (`namedBesideFact`). */
  namedBeside: ReadonlySet<Concept>
  /** The countries it names, for "which countries" (`countriesAsked`). */
  countries: ReadonlySet<string>
  /** The terms of each phrase it used that the thesaurus ignores ("the white paper"). */
  ignored: readonly (readonly string[])[]
  /** The stem of the noun "which …" asks about ("which news *agency*"), if it asks one (`nounAfterWhich`). */
  whichNoun?: string | undefined
}

/** What a retriever reads from its sentences when a question first needs it. One per retriever. */
export interface SentenceReadings {
  figures: SentenceFigures
  countries: SentenceCountries
  names: SentenceNames
  documentNames: DocumentNames
}

/**
 * Scores each sentence of a passage and keeps the best. A sentence cannot
 * answer if it lacks a figure or code the question names, if its passage lacks
 * a specific name the question names, or if it offers no figure for "how many"
 * (a count, not a sum of money), no sum for "what does it cost", no percentage
 * for "what share", no date for "when", or no country the question does not
 * name for "which countries".
 */
export function selectQuote(
  entry: IndexedPassage,
  question: ReadQuestion,
  scoring: QuoteScoring,
  readings: SentenceReadings,
): QuoteChoice | undefined {
  const { concepts, namedBeside } = question
  const total = totalWeight(concepts)
  if (total === 0) return undefined
  // "which agency asked …": a passage that only ever says "a news agency" cannot say which.
  if (question.whichNoun && namesOnlyOneOfAKind(entry, question.whichNoun)) return undefined
  const namesDocument = namesDocumentOf(entry, readings.documentNames)
  const mustMeet = mustMeetIn(entry, namedBeside, namesDocument)
  // Only a figure's or date's words must stand beside it: other questions need no sentence's neighbours.
  const mustMeetAt = namedBeside.size === 0 ? () => mustMeet : (at: number) => mustMeetIfNotBefore(entry, at, mustMeet)
  let best: { sentence: IndexedSentence; at: number; score: number; namesIgnored: number; typedWeight: number } | undefined
  entry.sentences.forEach((sentence, at) => {
    if (kindMissing(entry, sentence, question, readings)) return
    const contextCredit = entry.refersBack ? scoring.referredContextCredit : scoring.contextCredit
    const met = weightMet(concepts, sentence.terms, entry.context, contextCredit, mustMeetAt(at), namesDocument)
    if (met === undefined) return
    const score = met / total
    const namesIgnored = question.ignored.some((terms) => containsAll(sentence.terms, terms)) ? scoring.ignoredWordsPreference : 0
    const ranked = score + namesIgnored
    const bestRanked = best ? best.score + best.namesIgnored : -Infinity
    if (ranked < bestRanked) return
    const typedWeight = weightTyped(concepts, sentence.terms)
    if (!best || ranked > bestRanked || typedWeight > best.typedWeight) best = { sentence, at, score, namesIgnored, typedWeight }
  })
  if (!best) return undefined
  const { start, end } = quoteAround(entry.sentences, best.at, scoring.minQuoteWords)
  const { score, namesIgnored, typedWeight, sentence } = best
  return { start, end, score, namesIgnored, typedWeight, sentence }
}

/** What a sentence lacks of the kind of answer asked for, or undefined when it has it. */
export type KindMissing =
  | 'no figure'
  | 'no date'
  | 'no figure of the kind asked'
  | 'no country the question does not name'
  | 'no name the question does not give'
  | 'lists fewer things than asked'
  | 'no penalty'
  | 'ranks nothing'

/**
 * Whether the sentence offers the kind of answer the question asks for, one
 * kind a line: a figure for "how many", a date for "when" (or a time without
 * one for "when will …"), a sum for "what does it cost", a country not asked
 * about for "which countries", so many things for "list the five …", a
 * penalty for "what's the penalty for …", a ranking for "which … has the
 * most …", a name for "what is the name of …". Allocates nothing but what a
 * list or a name is read from, once a sentence.
 */
export function kindMissing(
  entry: IndexedPassage,
  sentence: IndexedSentence,
  { intent, concepts, countries }: ReadQuestion,
  readings: SentenceReadings,
): KindMissing | undefined {
  if (intent.figure && !sentence.hasFigure) return 'no figure'
  if (intent.date && !sentence.hasDate && !(intent.plannedTime && sentence.hasTime)) return 'no date'
  if (intent.measure && !readings.figures.givesFigureAsked(entry, sentence, intent.measure, concepts)) return 'no figure of the kind asked'
  if (intent.countries && !readings.countries.namesCountryNotAsked(sentence, countries)) return 'no country the question does not name'
  if (intent.listed && itemsListed(entry.passage.text.slice(sentence.start, sentence.end)) < intent.listed)
    return 'lists fewer things than asked'
  if (intent.penalty && !namesPenalty(sentence.terms)) return 'no penalty'
  if (intent.superlative && !sentence.ranks) return 'ranks nothing'
  if (intent.name && !readings.names.givesNameNotAsked(entry, sentence, intent.name, concepts)) return 'no name the question does not give'
  return undefined
}

/**
 * Which concepts a sentence of this passage must name itself (`namedBesideFact`), less what the
 * passage's whole document is about, and what names the document (`namesDocument`: "the rate
 * *the digest* used"): neither need stand beside its figure, as the corpus's subject need not.
 * The article's "internet" stays its subject when documents on other things join it.
 */
export function mustMeetIn(
  entry: IndexedPassage,
  namedBeside: ReadonlySet<Concept>,
  namesDocument: (concept: Concept) => boolean,
): (concept: Concept) => boolean {
  const aboutTheDocument = new Set(
    [...namedBeside].filter(
      (concept) => (!concept.required && !concept.part && meets(concept, entry.documentSubjects)) || namesDocument(concept),
    ),
  )
  return (concept) => namedBeside.has(concept) && !aboutTheDocument.has(concept)
}

/**
 * `mustMeet` for the sentence at `at`, less what the sentence before it names when
 * this one refers back to it ("The WIC met in Wuzhen. On 12 July 2022 *it* was
 * relaunched …"): the pronoun stands beside the date for the name. In a glossary's
 * entry ("Digital Silk Road: the digital arm of …. Xi gave the idea prominence in
 * May 2017."), every later sentence is about the term the entry defines.
 */
export function mustMeetIfNotBefore(
  entry: IndexedPassage,
  at: number,
  mustMeet: (concept: Concept) => boolean,
): (concept: Concept) => boolean {
  if (at === 0) return mustMeet
  const term = termDefined(entry)
  if (!entry.sentences[at]!.refersToBefore) return term ? (concept) => mustMeet(concept) && !meets(concept, term) : mustMeet
  const before = entry.sentences[at - 1]!.terms
  return (concept) => mustMeet(concept) && !meets(concept, before) && !(term && meets(concept, term))
}

// "Digital Silk Road: the digital arm …", as a glossary opens an entry: the term, then a colon.
const DEFINED_TERM = /^\s*(?:[-*]\s*)?([^:.]{2,60}):\s/
const termsDefined = new WeakMap<IndexedPassage, ReadonlySet<string> | null>()

/** The term a glossary entry defines ("Digital Silk Road: the digital arm of …"), as terms; undefined for other passages. */
function termDefined(entry: IndexedPassage): ReadonlySet<string> | undefined {
  let term = termsDefined.get(entry)
  if (term === undefined) {
    const first = entry.sentences[0]
    const match = first ? DEFINED_TERM.exec(entry.passage.text.slice(first.start, first.end)) : null
    term = match ? new Set(contentTerms(match[1]!)) : null
    termsDefined.set(entry, term)
  }
  return term ?? undefined
}

/**
 * Whether a concept names the passage's document (`DocumentNames`), as a cited source
 * by any of its publisher's words; its names are read on first need.
 */
export function namesDocumentOf(entry: IndexedPassage, names: DocumentNames): (concept: Concept) => boolean {
  return (concept) => meets(concept, names.of(entry.document)) || (concept.cited && meets(concept, names.cited(entry.document)))
}

/**
 * The concepts a sentence must name itself to answer, read once per question:
 * a figure or date answers only for the things named beside it, not for what
 * the asker says they know already (`Concept.given`). An everyday word need
 * not be there ("how many netizens these *days*", "what is it *worth*"):
 * whether the corpus happens to use it somewhere says nothing of what is
 * asked, and the more documents there are, the more such words it uses.
 * Other questions need none, and never load the English word lists.
 */
export function namedBesideFact(concepts: readonly Concept[], intent: Intent): ReadonlySet<Concept> {
  if (!intent.figure && !intent.date) return new Set()
  return new Set(
    concepts.filter(
      (concept) => !concept.given && (concept.required || concept.part || (concept.known && !concept.common && isSpecific(concept.label))),
    ),
  )
}

/**
 * The same, without the question's verbs: a verb says what was done ("how many
 * areas did the bureau *list*"), not what the figure counts or the date is of,
 * and the answer may say it in other words ("outlined seven areas"); it still
 * counts towards the score. Names and parts stay. Undefined when no verb is
 * let off.
 */
export function lettingVerbsOff(namedBeside: ReadonlySet<Concept>, question: string): ReadonlySet<Concept> | undefined {
  const mayGo = [...namedBeside].filter((concept) => !concept.required && !concept.part)
  if (mayGo.length === 0) return undefined
  const verbs = verbsIn(question)
  const kept = [...namedBeside].filter((concept) => !mayGo.includes(concept) || !verbs.has(concept.label))
  return kept.length < namedBeside.size ? new Set(kept) : undefined
}

function isSpecific(label: string): boolean {
  return label.split(/[\s-]+/).some((word) => englishWord(word.replace(/'s?$/, '')).rarity >= MIN_SPECIFIC_RARITY)
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
