import { type PassageIndex, SUBJECT_SHARE } from '../index/passage-index.js'
import { englishWord } from '../text/english-words.js'
import { otherWordsOfLine } from '../text/word-lines.js'

/** One way of meeting a concept: terms that must all occur, and how much that counts (0–1). */
export interface Alternative {
  terms: string[]
  credit: number
  /**
   * The words the person typed, as opposed to a synonym, a relative or an
   * expansion offered for them, which may count as much (`synonymCredit`).
   */
  typed?: boolean
}

/** One thing a question asks about, and the ways a sentence can mention it. */
export interface Concept {
  /** The words of the question it came from, folded. */
  label: string
  /** Ways a sentence can meet the concept. */
  alternatives: Alternative[]
  /** Figures and codes ("45.5", "5g", "2020"): a quote must contain them to answer. */
  exact: boolean
  /** Met by some sentence of the corpus. */
  known: boolean
  /** Met by so many sentences that it is the corpus's subject ("China"), not a detail of it. */
  common: boolean
  /**
   * The quote's passage must mention it: a name the corpus uses sparingly
   * ("Huawei", "the U.S."), a name it lacks ("India"), or the topic of "does
   * it mention …?".
   */
  required: boolean
  /**
   * A part of a whole ("rural", "young people"): a figure's sentence must name
   * it, since a figure for the whole does not answer for the part.
   */
  part: boolean
  /**
   * What the asker says they know before asking ("I keep seeing *1.92
   * trillion* for *cross-border e-commerce*, but what was …"), or the errand
   * they frame the question with ("*advising a client* that … - how long did
   * they get?"): it says what the question is about, not what the answer
   * gives, so its words need not stand beside the figure asked for (nor, for
   * what is known, a figure of it be in the quote).
   */
  given: boolean
  /**
   * Where the asker says the answer is ("*per the digest*", "according to the
   * *glossary*"): a name of the quote's document met by the document itself,
   * in full, though its text need not repeat it.
   */
  cited: boolean
  /** Importance: rarer in the corpus weighs more; a word the corpus lacks weighs by its rarity in English. */
  weight: number
}

export interface ConceptSource {
  label: string
  alternatives: Alternative[]
  exact?: boolean
  /** The asker wrote it with a capital mid-sentence, as names are written. */
  writtenAsName?: boolean
  /** Right after "who" or "which": what the question asks for ("who *heads* …", "which *law* …"). */
  asked?: boolean
}

// Shorthand typed in lower case: "fx", "ipo", "mnc". Names people type in lower case are mostly longer
// ("huawei") or in the word lists ("nato"), and a name typed in capitals stays one.
const SHORTHAND = /^[a-z]{2,4}$/
// Even an everyday word the corpus lacks is part of the question.
const MIN_UNKNOWN_WEIGHT = 0.1
// A part of the whole ("in rural areas", "among young people"): a corpus that
// never names the part has only the whole's figure, which does not answer.
// Each line one part, in the words people use for it: "kids" are the text's "children".
// biome-ignore format: a word list reads best packed
const PART_NAMES: readonly (readonly string[])[] = [
  ['rural', 'countryside'], ['urban', 'city', 'cities'], ['village', 'villages'],
  ['province', 'provinces', 'provincial'], ['youth', 'young'], ['elderly', 'older', 'seniors'],
  ['teenagers', 'teens'], ['children', 'kids', 'minors'], ['women', 'female'], ['men', 'male'], ['gender'], ['age'],
  ['students'],
]
const PARTS_OF_A_WHOLE = new Set(PART_NAMES.flat())

/** The other words people use for the part a word names ("kids" → "children", "minors"); none for other words. */
export function otherNamesOfPart(word: string): readonly string[] {
  return otherWordsOfLine(PART_NAMES, word)
}

/** Weighs a concept against the corpus and decides whether a quote may do without it. */
export function weighConcept(source: ConceptSource, index: PassageIndex): Concept {
  const { label, alternatives, exact = false, writtenAsName = false, asked = false } = source
  // A concept is as common as its most common way of being met; a list of
  // terms is as common as its rarest term.
  const frequency = Math.max(
    0,
    ...alternatives.map(({ terms }) => Math.min(...terms.map((term) => index.sentenceFrequency.get(term) ?? 0))),
  )
  const n = index.sentenceCount
  // BM25's idf, over sentences.
  const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5))
  if (frequency === 0) {
    const english = englishWords(label)
    // What the question asks for matters however everyday the word: "who *heads* the office?".
    const weight = asked ? idf(0) : unknownWeight(label, index)
    // A name the corpus lacks means the question is about something else.
    // Lower-case shorthand no word list has ("fx", "mnc") is chat, not a name: it still weighs as a rare word.
    const shorthand = !writtenAsName && SHORTHAND.test(label) && !english[0]?.listed
    const name = !shorthand && (writtenAsName || english.some((word) => word.name))
    const part = PARTS_OF_A_WHOLE.has(label)
    return { label, alternatives, exact, known: false, common: false, required: name || part, part, given: false, cited: false, weight }
  }
  const common = frequency > n * SUBJECT_SHARE
  // The words the person typed are a name, or, when none of them is in the corpus, what they stand for
  // ("gdsi"): not a synonym the thesaurus offers ("together" is not a name for "Jointly Build …").
  const own = alternatives.filter(({ typed }) => typed)
  const sparingName =
    !common && (own.length > 0 ? own : alternatives).some(({ terms }) => terms.every((term) => index.properTerms.has(term)))
  return {
    label,
    alternatives,
    exact,
    known: true,
    common,
    required: sparingName,
    part: PARTS_OF_A_WHOLE.has(label),
    given: false,
    cited: false,
    weight: idf(frequency),
  }
}

/** Whether the terms meet the concept: they hold every term of one of its ways of being met. Allocates nothing. */
export function meets(concept: Concept, terms: ReadonlySet<string>): boolean {
  for (const alternative of concept.alternatives) {
    if (alternative.terms.every((term) => terms.has(term))) return true
  }
  return false
}

function englishWords(label: string) {
  return label.split(/[\s-]+/).map((word) => englishWord(word.replace(/'s?$/, '')))
}

/**
 * What a concept weighs when the corpus lacks it: the idf of a word no
 * sentence has, times its rarity in English, so that "job" is a way of
 * asking and "population" a subject.
 */
export function unknownWeight(label: string, index: PassageIndex): number {
  const n = index.sentenceCount
  const rarity = Math.max(MIN_UNKNOWN_WEIGHT, ...englishWords(label).map((word) => word.rarity))
  return Math.log(1 + (n + 0.5) / 0.5) * rarity
}
