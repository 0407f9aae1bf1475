import type { PassageIndex } from '../index/passage-index.js'
import { YEAR } from '../index/sentence-features.js'
import { currencyTerm } from '../text/currencies.js'
import { englishWord } from '../text/english-words.js'
import { fractionsAsPercent } from '../text/fractions.js'
import { stem, type Token, tokenize } from '../text/tokenize.js'
import { type Alternative, type Concept, type ConceptSource, otherNamesOfPart, weighConcept } from './concept.js'
import { otherNamesOfRole, YEAR_QUALIFIERS } from './intent.js'
import { nearbyFigures } from './nearby-figures.js'
import { readQuestionParts } from './question-parts.js'
import { correctSpelling } from './spelling.js'
import type { CompiledThesaurus } from './thesaurus.js'
import { familyTerms } from './word-family.js'

export type { Alternative, Concept } from './concept.js'

interface ConceptReader {
  index: PassageIndex
  thesaurus: CompiledThesaurus
  synonymCredit: number
  /** Where the thesaurus's words to ignore are noted as they are read. */
  ignored: string[][]
}

/** A question's concepts, and the thesaurus's words to ignore that it used. */
export interface ReadTopics {
  concepts: Concept[]
  /**
   * The terms of each phrase the thesaurus ignores ("the white paper", "the
   * report"): too common to decide anything, they may still break a tie.
   */
  ignored: string[][]
}

/**
 * Turns a question into concepts: typos corrected, then the thesaurus's
 * phrases, compounds written apart, figures, and single words in turn.
 */
export function readConcepts(question: string, index: PassageIndex, thesaurus: CompiledThesaurus, synonymCredit: number): Concept[] {
  return readTopics(question, index, thesaurus, synonymCredit).concepts
}

/** `readConcepts`, with the words to ignore the question used. */
export function readTopics(question: string, index: PassageIndex, thesaurus: CompiledThesaurus, synonymCredit: number): ReadTopics {
  const reader: ConceptReader = { index, thesaurus, synonymCredit, ignored: [] }
  // "About three quarters" is read as "about 75 percent", "sections/chapters" as "sections or chapters".
  const text = fractionsAsPercent(question).replace(SLASHED_CHOICE, '$1 or ')
  const tokens = tokenize(text)
  const parts = readQuestionParts(text, tokens)
  // In a question typed in capitals, a capital says nothing about names.
  const capitalsMeanNames = tokens.filter((token) => token.capitalised).length * 2 <= tokens.length
  const content = tokens
    .map((token, i) => ({
      ...token,
      at: i,
      capitalised: capitalsMeanNames && i > 0 && token.capitalised,
      initials: capitalsMeanNames && INITIALS.test(text.slice(token.start, token.end)),
    }))
    .filter((token) => !token.stop && !parts.shapeOnly.has(token.start))
    .map((token) => correctToken(token, reader))
  // "in dollars or yuan": the choice before the "or" may go too, when the one after it is known.
  const lastBeforeOr = content.findLast((token) => token.end < parts.choicesStart)
  const firstAfterOr = content.find((token) => token.start >= parts.choicesStart)
  const knownAfterOr = firstAfterOr?.terms.some((term) => index.sentenceFrequency.has(term)) ?? false
  const concepts: Concept[] = []
  // The concepts read from the words on either side of the "or", to be met by either.
  const beforeOrAt = lastBeforeOr === undefined ? -1 : content.indexOf(lastBeforeOr)
  const afterOrAt = firstAfterOr === undefined ? -1 : content.indexOf(firstAfterOr)
  let beforeOr: Concept | undefined
  let afterOr: Concept | undefined
  let figureBeforeOr: Concept | undefined
  let figureAfterOr: Concept | undefined
  for (let i = 0; i < content.length; ) {
    const token = content[i]!
    const { read, used } = readAt(content, i, reader, parts.countedPeople)
    const spans = (at: number) => at >= i && at < i + used
    // "yuan or usd?", "nov 7 or nov 8?": the corpus need only have one of the choices.
    const aChoice = token.start >= parts.choicesStart || (knownAfterOr && token === lastBeforeOr)
    for (const source of read) {
      const concept = weighConcept(used === 1 && parts.asked.has(token.start) ? { ...source, asked: true } : source, index)
      if (concepts.some((earlier) => earlier.label === concept.label)) continue
      if (aChoice && !concept.known && concepts.length > 0) continue
      // "for our compliance memo: …", "…? need it for the headline": the asker's errand, not the paper's.
      // A name there must be one: "Rotterdam desk here - …" still counts, "…? need it for the chyron" not.
      const aside = token.end <= parts.framingEnd || token.start >= parts.afterwordStart
      if (aside && !concept.known && !(concept.required && (source.writtenAsName || isListedName(concept.label)))) continue
      // Everything after "does it mention" is what must be mentioned; what the asker knows, only what it is about.
      if (token.start >= parts.topicStart) concepts.push({ ...concept, required: true })
      else if (token.end <= parts.premiseEnd) concepts.push({ ...concept, exact: false, given: true })
      else if (parts.cited.has(token.start)) concepts.push({ ...concept, cited: true })
      // "transfers already running before the CAC measures - how long did they get": the framing sets the scene.
      else if (aside) concepts.push({ ...concept, given: true })
      else concepts.push(concept)
      if (spans(beforeOrAt)) beforeOr = concepts.at(-1)
      if (spans(afterOrAt)) afterOr ??= concepts.at(-1)
      const pushed = concepts.at(-1)!
      if (pushed.exact && token.end <= parts.choicesStart) figureBeforeOr = pushed
      if (pushed.exact && token.start >= parts.choicesStart) figureAfterOr ??= pushed
    }
    i += used
  }
  if (beforeOr && afterOr && beforeOr !== afterOr) {
    concepts.splice(concepts.indexOf(afterOr), 1)
    concepts.splice(concepts.indexOf(beforeOr), 1, eitherOf(beforeOr, afterOr))
  }
  // "nov 7 or nov 8?", "in 2020 or 2021": the figures on either side are the choice, whatever words repeat.
  if (figureBeforeOr && figureAfterOr && concepts.includes(figureBeforeOr) && concepts.includes(figureAfterOr)) {
    concepts.splice(concepts.indexOf(figureAfterOr), 1)
    concepts.splice(concepts.indexOf(figureBeforeOr), 1, eitherOf(figureBeforeOr, figureAfterOr))
  }
  // "when did it come out": a phrase of stop words only, read from the words as typed.
  for (const phrase of stopWordPhrasesIn(tokens, thesaurus)) {
    if (phrase.end <= parts.framingEnd || phrase.start >= parts.afterwordStart) continue
    const alternatives = phrase.meaning.map((terms) => ({ terms, credit: synonymCredit }))
    const concept = weighConcept({ label: phrase.label, alternatives }, index)
    if (concepts.some((earlier) => earlier.label === concept.label)) continue
    concepts.push(phrase.start >= parts.topicStart ? { ...concept, required: true } : concept)
  }
  return { concepts, ignored: reader.ignored }
}

// A slash between two words offers a choice, as "or" does: "sections/chapters", "yuan/usd".
const SLASHED_CHOICE = /(\p{L}{2,})\/(?=\p{L}{2,})/gu

/**
 * "in dollars or yuan", "the CAC or the SCIO": one concept, met by either. As two, a sentence would
 * have to name both, and a figure in one currency could not answer for the other.
 */
function eitherOf(a: Concept, b: Concept): Concept {
  return {
    label: `${a.label} or ${b.label}`,
    alternatives: [...a.alternatives, ...b.alternatives],
    exact: a.exact && b.exact,
    known: a.known || b.known,
    common: a.common && b.common,
    required: a.required && b.required,
    part: a.part && b.part,
    given: a.given && b.given,
    cited: a.cited && b.cited,
    weight: Math.max(a.weight, b.weight),
  }
}

function stopWordPhrasesIn(tokens: readonly Token[], thesaurus: CompiledThesaurus) {
  const found: Array<{ label: string; meaning: string[][]; start: number; end: number }> = []
  if (thesaurus.stopWordPhrases.size === 0) return found
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(thesaurus.longestStopWordPhrase, tokens.length - i); length >= 2; length--) {
      const run = tokens.slice(i, i + length)
      const label = run.map((token) => token.word).join(' ')
      const meaning = thesaurus.stopWordPhrases.get(label)
      if (!meaning) continue
      found.push({ label, meaning, start: run[0]!.start, end: run[length - 1]!.end })
      i += length - 1
      break
    }
  }
  return found
}

/** A name a word list knows as one ("Rotterdam"), not a word nobody knows ("chyron"). */
function isListedName(label: string): boolean {
  return label.split(/\s+/).some((word) => {
    const english = englishWord(word)
    return english.listed && english.name
  })
}

/**
 * A word of the question that carries a topic, and where it stands among all
 * its words; `initials` when typed in capitals, as initials are ("PI"), in a
 * question not typed in capitals throughout.
 */
type ContentToken = Token & { at: number; initials: boolean }

// Two to five capitals, perhaps plural: "PI", "IPOs".
const INITIALS = /^\p{Lu}{2,5}s?(?:['’]s?)?$/u

/** The same token spelt as a word the corpus or the thesaurus knows, when it was mistyped. */
function correctToken(token: ContentToken, { index, thesaurus }: ConceptReader): ContentToken {
  if (token.number || token.terms.some((term) => index.sentenceFrequency.has(term))) return token
  const corrected = correctSpelling(token.word, [index.words, thesaurus.words])
  const [replacement] = corrected ? tokenize(corrected) : []
  if (!replacement || replacement.stop) return token
  return { ...replacement, at: token.at, start: token.start, end: token.end, capitalised: token.capitalised, initials: token.initials }
}

/** The concepts that start at content[i], and how many tokens they used. */
function readAt(
  content: readonly ContentToken[],
  i: number,
  reader: ConceptReader,
  counted: ReadonlySet<number>,
): { read: ConceptSource[]; used: number } {
  const { index, thesaurus, synonymCredit } = reader
  const phrase = matchPhrase(content, i, thesaurus)
  // "how many people have 5G plans" counts subscribers, "how many ppl go online" users: the
  // people are whoever the corpus counts. "how many people online" is a phrase.
  if (counted.has(content[i]!.start) && (phrase?.length ?? 1) === 1) {
    const alternatives = COUNTED_AS.map((term) => ({ terms: [term], credit: synonymCredit }))
    return { read: [{ label: content[i]!.word, alternatives }], used: 1 }
  }
  if (phrase) {
    if (!phrase.meaning) {
      reader.ignored.push(phrase.terms)
      return { read: [], used: phrase.length }
    }
    // The words the person used count in full; the thesaurus's other words `synonymCredit` of that.
    const own = phrase.terms.join(' ')
    const alternatives = phrase.meaning.map((terms) =>
      terms.join(' ') === own ? { terms, credit: 1, typed: true } : { terms, credit: synonymCredit },
    )
    return { read: [{ label: phrase.label, alternatives }], used: phrase.length }
  }

  const token = content[i]!
  const next = content[i + 1]
  const joined = next && !token.number && !next.number ? stem(token.word + next.word) : undefined
  if (joined && index.sentenceFrequency.has(joined)) {
    // "e commerce", "cyber space", "tik tok": written apart, indexed joined.
    return { read: [{ label: `${token.word} ${next!.word}`, alternatives: [{ terms: [joined], credit: 1, typed: true }] }], used: 2 }
  }
  const [whole] = token.terms
  const parts = token.terms.slice(1)
  // "mid-2022" asks for a time in 2022 whether or not some document writes the compound.
  const placesAYear = parts.some((_, at) => placesTheYear(parts, at))
  if (token.number || (parts.length > 0 && whole !== undefined && (placesAYear || !index.sentenceFrequency.has(whole)))) {
    // Figures, and compounds the corpus lacks ("e-retail"), are read term by term.
    const termsRead = token.number ? token.terms : parts
    const terms = termsRead.filter((_, at) => !placesTheYear(termsRead, at))
    // A figure typed as digits must be in the quote; one written as a word ("the two hubs") describes.
    const exact = /\d/.test(token.word)
    const read = terms.map((term) => ({ label: term, alternatives: figureAlternatives(term, reader), exact: exact && /\d/.test(term) }))
    return { read, used: 1 }
  }
  const exact = /\d/.test(token.word) || currencyTerm(token.word) !== undefined
  const known = token.terms.some((term) => index.sentenceFrequency.has(term))
  // Its family ("jointly" → "joint efforts") counts `synonymCredit`, even where the corpus has the word itself.
  const family = (whole === undefined ? [] : familyTerms(whole, index)).map((term) => ({ terms: [term], credit: synonymCredit }))
  // "gdsi", "SCIO": the words the corpus writes them for.
  // "ch. 2": a word right before a figure.
  const beforeFigure = content[i + 1]?.number === true && content[i + 1]!.at === token.at + 1
  const spelledOut = spelledOutTerms(token, index, known, beforeFigure).map((terms) => ({ terms, credit: synonymCredit }))
  // "kids" for the text's "children", "journalist" for its "reporter": a part's or a role's everyday names.
  const otherNames = [...otherNamesOfPart(token.word), ...otherNamesOfRole(token.word)].map((name) => ({
    terms: [stem(name)],
    credit: synonymCredit,
  }))
  const related = [...family, ...spelledOut, ...otherNames]
  const alternatives = known ? [...alternativesOf(token), ...related] : related.length > 0 ? related : alternativesOf(token)
  return { read: [{ label: token.word, alternatives, exact, writtenAsName: token.capitalised }], used: 1 }
}

/**
 * A figure as written, or as the corpus gives it when the asker rounded it:
 * "~19%" for 18.6 percent, even though "19" is in the corpus (in "COVID-19").
 */
function figureAlternatives(term: string, { index, synonymCredit }: ConceptReader): Alternative[] {
  const asWritten = { terms: [term], credit: 1, typed: true }
  return [asWritten, ...nearbyFigures(term, index).map((figure) => ({ terms: [figure], credit: synonymCredit }))]
}

// Whom a count of people is a count of.
const COUNTED_AS = ['users', 'subscribers', 'netizens', 'residents', 'citizens'].map((word) => stem(word))

/**
 * What a word the corpus uses as an acronym, or could, stands for; none for an
 * English word ("cat") unless typed in capitals ("PI"). Shorthand the corpus
 * lacks ("pi", "govt", "intl") is read from the phrases and words it writes,
 * unless it is an everyday word ("grace", "part"), which the asker meant as
 * typed. Before a figure, any word the corpus lacks may be a word's start
 * ("art 21" for "Article 21"). A word the corpus has is no shorthand, and
 * needs no English word list.
 */
function spelledOutTerms(token: ContentToken, index: PassageIndex, known: boolean, beforeFigure: boolean): string[][] {
  // "the WIC's nickname": the possessive is not part of the initials.
  const word = token.word.replace(/'s?$/, '')
  if (word.length < 2 || word.length > 7 || /[^a-z]/.test(word)) return []
  const expansions = index.acronyms.get(word) ?? index.acronyms.get(word.replace(/s$/, ''))
  // Typed in capitals, an English word is initials too: "PI".
  if (expansions && (token.initials || !englishWord(word).listed)) return expansions
  if (known) return []
  const numbered = beforeFigure ? index.shorthand.numbered(word) : []
  if (numbered.length > 0) return numbered
  const english = englishWord(word)
  if (english.listed && english.rarity < 1 && !token.initials) return []
  // "IPOs" are IPOs; a lower-case word's "s" may be its own.
  return index.shorthand.expansions(token.initials ? word.replace(/(?<=..)s$/, '') : word)
}

/** "mid" in "mid 2022", "early" in "early-2021": a word that places the year after it. */
function placesTheYear(terms: readonly string[], at: number): boolean {
  return YEAR_QUALIFIERS.has(terms[at] ?? '') && YEAR.test(terms[at + 1] ?? '')
}

/** A hyphenated word is met by its joined form or by all of its parts. */
function alternativesOf(token: Token): Alternative[] {
  const [first, ...parts] = token.terms
  if (first === undefined) return []
  const joined = { terms: [first], credit: 1, typed: true }
  return parts.length > 0 ? [joined, { terms: parts, credit: 1, typed: true }] : [joined]
}

// More stop words than this between two words and they are not one phrase: "the internet
// has done to the planet" is not "internet world". The thesaurus's phrases have at most 2.
const MAX_PHRASE_GAP = 2

function matchPhrase(content: readonly ContentToken[], start: number, thesaurus: CompiledThesaurus) {
  const adjacent = (i: number) => content[i]!.at - content[i - 1]!.at - 1 <= MAX_PHRASE_GAP
  let reach = 1
  while (reach < thesaurus.longest && start + reach < content.length && adjacent(start + reach)) reach++
  for (let length = reach; length >= 1; length--) {
    const tokens = content.slice(start, start + length)
    const terms = tokens.flatMap((token) => (token.number ? token.terms : token.terms.slice(0, 1)))
    const meaning = thesaurus.phrases.get(thesaurus.keyOf(terms))
    if (meaning !== undefined) return { length, meaning, terms, label: tokens.map((token) => token.word).join(' ') }
  }
  return undefined
}
