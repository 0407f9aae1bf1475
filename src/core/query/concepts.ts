import type { PassageIndex } from '../index/passage-index.js'
import { englishWord } from '../text/english-words.js'
import { tokenize, stem, type Token } from '../text/tokenize.js'
import { QUESTION_SHAPE_WORDS } from './intent.js'
import { correctSpelling } from './spelling.js'
import type { CompiledThesaurus } from './thesaurus.js'

/** One way of meeting a concept: terms that must all occur, and how much that counts (0–1). */
export interface Alternative {
  terms: string[]
  credit: number
}

/** One thing a question asks about, and the ways a sentence can mention it. */
export interface Concept {
  /** The words of the question it came from, folded. */
  label: string
  /** Ways a sentence can meet the concept. */
  alternatives: Alternative[]
  /** Figures and codes ("45.5", "5g", "2020"): a quote must contain them to answer. */
  exact: boolean
  /**
   * The quote's passage must mention it: a name the corpus uses sparingly
   * ("Huawei", "the U.S."), a name it lacks ("India"), or the topic of "does
   * it mention …?".
   */
  required: boolean
  /** Importance: rarer in the corpus weighs more; a word the corpus lacks weighs by its rarity in English. */
  weight: number
}

interface ConceptReader {
  index: PassageIndex
  thesaurus: CompiledThesaurus
  synonymCredit: number
}

/** Turns a question into concepts, resolving typos, compounds and synonyms against the corpus. */
export function readConcepts(
  question: string,
  index: PassageIndex,
  thesaurus: CompiledThesaurus,
  synonymCredit: number,
): Concept[] {
  const reader: ConceptReader = { index, thesaurus, synonymCredit }
  const tokens = tokenize(question)
  const topicStart = mentionedTopicStart(tokens)
  const content = tokens.filter((token, i) => !token.stop && !shapesQuestion(tokens, i))
  const concepts: Concept[] = []
  for (let i = 0; i < content.length; ) {
    const { read, used } = readAt(content, i, reader)
    const inTopic = content[i]!.start >= topicStart
    for (const concept of read) concepts.push(inTopic ? { ...concept, required: true } : concept)
    i += used
  }
  return concepts
}

/** The concepts that start at content[i], and how many tokens they used. */
function readAt(content: readonly Token[], i: number, reader: ConceptReader): { read: Concept[]; used: number } {
  const { index, thesaurus, synonymCredit } = reader
  const phrase = matchPhrase(content, i, thesaurus)
  if (phrase) {
    if (!phrase.meaning) return { read: [], used: phrase.length }
    // The words the person used count in full; the thesaurus's other words a little less.
    const alternatives = phrase.meaning.map((terms) => ({
      terms,
      credit: terms.join(' ') === phrase.key ? 1 : synonymCredit,
    }))
    return { read: [concept(phrase.label, alternatives, false, index)], used: phrase.length }
  }

  const token = content[i]!
  const next = content[i + 1]
  const joined = next && !token.number && !next.number ? stem(token.word + next.word) : undefined
  if (joined && index.sentenceFrequency.has(joined)) {
    // "e commerce", "cyber space", "tik tok": written apart, indexed joined.
    return { read: [concept(`${token.word} ${next!.word}`, [{ terms: [joined], credit: 1 }], false, index)], used: 2 }
  }
  if (token.number) {
    const read = token.terms.map((term) => concept(term, [{ terms: [term], credit: 1 }], /\d/.test(term), index))
    return { read, used: 1 }
  }
  const known = token.terms.some((term) => index.sentenceFrequency.has(term))
  const corrected = known ? undefined : correctWord(token.word, reader)
  return { read: [corrected ?? concept(token.word, alternativesOf(token), /\d/.test(token.word), index)], used: 1 }
}

function shapesQuestion(tokens: readonly Token[], i: number): boolean {
  return QUESTION_SHAPE_WORDS.get(tokens[i - 1]?.word ?? '')?.has(tokens[i]?.word ?? '') ?? false
}

// "does it mention X", "what does it say about X", "anything on X".
const MENTIONS = new Set(['mention', 'mentions', 'mentioned', 'mentioning', 'discuss', 'discusses', 'refer', 'refers'])
const SAYS = new Set(['say', 'says', 'said', 'talk', 'talks', 'anything', 'something', 'nothing', 'stuff'])

/** Where the topic of a "does it mention …" question starts, as an offset; Infinity when there is none. */
function mentionedTopicStart(tokens: readonly Token[]): number {
  const at = tokens.findIndex(
    (token, i) =>
      MENTIONS.has(token.word) || ((token.word === 'about' || token.word === 'on') && SAYS.has(tokens[i - 1]?.word ?? '')),
  )
  return tokens[at]?.end ?? Infinity
}

/** A hyphenated word is met by its joined form or by all of its parts. */
function alternativesOf(token: Token): Alternative[] {
  const [first, ...parts] = token.terms
  if (first === undefined) return []
  const joined = { terms: [first], credit: 1 }
  return parts.length > 0 ? [joined, { terms: parts, credit: 1 }] : [joined]
}

function matchPhrase(content: readonly Token[], start: number, thesaurus: CompiledThesaurus) {
  for (let length = Math.min(thesaurus.longest, content.length - start); length >= 1; length--) {
    const tokens = content.slice(start, start + length)
    const key = tokens.flatMap((token) => (token.number ? token.terms : token.terms.slice(0, 1))).join(' ')
    const meaning = thesaurus.phrases.get(key)
    if (meaning !== undefined) return { length, meaning, key, label: tokens.map((token) => token.word).join(' ') }
  }
  return undefined
}

function correctWord(word: string, { index, thesaurus }: ConceptReader): Concept | undefined {
  // A real word is what the person meant, even if the corpus lacks it ("bread" is not "read").
  if (thesaurus.words.has(word) || !englishWord(word).name) return undefined
  const corrected = correctSpelling(word, index.words)
  if (!corrected) return undefined
  const [token] = tokenize(corrected)
  if (!token || token.stop) return undefined
  return concept(`${word}→${corrected}`, alternativesOf(token), false, index)
}

// A name in more than this share of sentences is the corpus's subject ("China"), not a detail.
const SPECIFIC_SHARE = 0.25
// Even an everyday word the corpus lacks is part of the question.
const MIN_UNKNOWN_WEIGHT = 0.1

function concept(label: string, alternatives: Alternative[], exact: boolean, index: PassageIndex): Concept {
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
    const english = label.split(/[\s-]+/).map((word) => englishWord(word.replace(/'s?$/, '')))
    const rarity = Math.max(MIN_UNKNOWN_WEIGHT, ...english.map((word) => word.rarity))
    return { label, alternatives, exact, required: english.some((word) => word.name), weight: idf(0) * rarity }
  }
  const sparingName =
    frequency <= n * SPECIFIC_SHARE && alternatives.some(({ terms }) => terms.every((term) => index.properTerms.has(term)))
  return { label, alternatives, exact, required: sparingName, weight: idf(frequency) }
}
