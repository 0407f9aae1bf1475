import type SearchableMap from 'minisearch/SearchableMap'
import { splitSentences } from '../text/sentences.js'
import { type IndexedWord, scanWords, WordReader } from '../text/tokenize.js'
import { type CorpusDocument, type Passage, SECTION_SEPARATOR } from '../types.js'
import { AcronymReader } from './acronyms.js'
import { type CandidateSearch, candidateSearch } from './candidate-search.js'
import { readWord, type SentenceFeatures, YEAR } from './sentence-features.js'
import { Shorthand } from './shorthand.js'
import { WordUsage } from './word-usage.js'

export interface IndexedSentence extends SentenceFeatures {
  /** Offsets into the passage text. */
  start: number
  end: number
  /** How many words it has, stop words included. */
  wordCount: number
  terms: ReadonlySet<string>
}

export interface IndexedPassage {
  passage: Passage
  document: CorpusDocument
  sentences: IndexedSentence[]
  terms: ReadonlySet<string>
  /**
   * What its sentences' meaning draws on: its own terms, its section's title,
   * and the previous passage's when it opens by referring back to it ("All of
   * them imply …").
   */
  context: ReadonlySet<string>
  /**
   * The terms in more than `SUBJECT_SHARE` of its document's sentences: what
   * the whole document is about, which a figure's sentence need not repeat.
   * One set, shared by the document's passages.
   */
  documentSubjects: ReadonlySet<string>
  /** It opens by referring back to the previous passage: "them" are the things that one names. */
  refersBack: boolean
}

/** Everything the retriever looks things up in, built once per corpus. */
export interface PassageIndex {
  passages: IndexedPassage[]
  /** MiniSearch over passages; document ids are positions in `passages`. */
  search: CandidateSearch
  /** In how many sentences each term occurs: the basis of term weights. */
  sentenceFrequency: ReadonlyMap<string, number>
  sentenceCount: number
  /** Folded surface words of the corpus with their counts, for correcting typos. */
  words: SearchableMap<number>
  /** Terms written with a capital mid-sentence more often than not: names ("huawei", "usa", "gdp"). */
  properTerms: ReadonlySet<string>
  /** Acronyms ("scio", "gdsi") → the terms of each phrase they stand for in this corpus. */
  acronyms: ReadonlyMap<string, string[][]>
  /** What a word the corpus lacks may be shorthand for ("pi", "govt"), read on first need. */
  shorthand: Shorthand
  /** The figures among its terms, with their values, years left out: what a rounded figure is compared with. */
  figures: ReadonlyArray<{ term: string; value: number }>
}

/** A term in more than this share of a corpus's or a document's sentences is its subject ("China"), not a detail. */
export const SUBJECT_SHARE = 0.25

// A passage that opens with these continues the one before: "All of them imply …".
const REFERS_BACK = /^\W*(?:all of them|both of them|each of them|they|these|those|this|such)\b/i

/** Tokenises every passage once and builds the search structures from the words. */
export function buildPassageIndex(documents: readonly CorpusDocument[]): PassageIndex {
  const passages: IndexedPassage[] = []
  const sentenceFrequency = new Map<string, number>()
  const usage = new WordUsage()
  const acronyms = new AcronymReader()
  const reader = new WordReader()
  let sentenceCount = 0

  const candidateTerms: ReadonlySet<string>[] = []
  for (const document of documents) {
    let previous: ReadonlySet<string> | undefined
    const sectionTermsOf = sectionTermReader()
    const year = document.source.published.slice(0, 4)
    const inDocument = new Map<string, number>()
    let documentSentences = 0
    // Filled once the whole document is read.
    const documentSubjects = new Set<string>()
    for (const passage of document.passages) {
      const sentences = indexSentences(passage.text, reader, usage, acronyms, YEAR.test(year) ? year : undefined)
      for (const sentence of sentences) {
        for (const term of sentence.terms) {
          sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1)
          inDocument.set(term, (inDocument.get(term) ?? 0) + 1)
        }
      }
      sentenceCount += sentences.length
      documentSentences += sentences.length
      const terms = unionOfTerms(sentences)
      const refersBack = previous !== undefined && REFERS_BACK.test(passage.text)
      const section = sectionTermsOf(passage.section)
      const withSection = section.size > 0 ? new Set([...terms, ...section]) : terms
      const context = refersBack && previous ? new Set([...previous, ...withSection]) : withSection
      passages.push({ passage, document, sentences, terms, context, documentSubjects, refersBack })
      // A question about a chapter ("the digital economy section") finds the chapter's passages;
      // the title is context, not quote, so it counts contextCredit of what the text itself would.
      candidateTerms.push(withSection)
      previous = terms
    }
    for (const [term, count] of inDocument) if (count > documentSentences * SUBJECT_SHARE) documentSubjects.add(term)
  }

  const words = usage.spellings()
  return {
    passages,
    search: candidateSearch(candidateTerms),
    sentenceFrequency,
    sentenceCount,
    words,
    properTerms: usage.properTerms(),
    acronyms: acronyms.result(),
    shorthand: new Shorthand(
      passages.map(({ passage }) => passage),
      words,
    ),
    figures: figureTerms(sentenceFrequency.keys()),
  }
}

const FIGURE_TERM = /^\d+(?:\.\d+)?$/

function figureTerms(terms: Iterable<string>): Array<{ term: string; value: number }> {
  const figures: Array<{ term: string; value: number }> = []
  for (const term of terms) if (FIGURE_TERM.test(term) && !YEAR.test(term)) figures.push({ term, value: Number(term) })
  return figures
}

// The numbering of a heading ("II.", "(1)", "3.2") says where it is, not what it is about.
const HEADING_NUMBER = /^\s*(?:\(?\d+(?:\.\d+)*\)|\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s*/

/** The terms of a section path's titles, read once per section of a document. */
function sectionTermReader(): (section: string | undefined) => ReadonlySet<string> {
  const none: ReadonlySet<string> = new Set()
  const read = new Map<string, ReadonlySet<string>>()
  return (section) => {
    if (section === undefined) return none
    let terms = read.get(section)
    if (!terms) {
      const found = new Set<string>()
      for (const title of section.split(SECTION_SEPARATOR)) {
        scanWords(title.replace(HEADING_NUMBER, ''), (word) => {
          if (!word.stop && !word.number) for (const term of word.terms) found.add(term)
        })
      }
      read.set(section, (terms = found))
    }
    return terms
  }
}

/**
 * `year` is the document's: a news story's "on Monday, November 7" is in the
 * year it was published, so a question that says "November 2022" finds it.
 */
function indexSentences(
  text: string,
  reader: WordReader,
  usage: WordUsage,
  acronyms: AcronymReader,
  year: string | undefined,
): IndexedSentence[] {
  const spans = splitSentences(text)
  const sentences = spans.map(({ start, end }): IndexedSentence & { terms: Set<string> } => ({
    start,
    end,
    wordCount: 0,
    terms: new Set(),
    hasFigure: false,
    hasDate: false,
    hasTime: false,
    ranks: false,
    refersToBefore: false,
  }))
  // Words and sentences are both in text order: one sweep hands each sentence
  // its words, and each word is read as it comes, with no list of them kept.
  let current = 0
  let previous: IndexedWord | undefined
  // Which sentences write a year: made only for the few passages that have one.
  let withYear: Set<number> | undefined
  acronyms.startSentence()
  reader.scan(text, (word, start, end) => {
    while (current < spans.length - 1 && start >= spans[current]!.end) {
      current++
      previous = undefined
      acronyms.startSentence()
    }
    acronyms.add(word, text.slice(start, end))
    const sentence = sentences[current]!
    // Stop words are neither names nor typo targets: not worth counting.
    if (!word.stop) usage.add(word, previous === undefined)
    for (const term of word.terms) sentence.terms.add(term)
    readWord(sentence, word, previous, sentence.wordCount)
    if (word.number && YEAR.test(word.word)) (withYear ??= new Set()).add(current)
    sentence.wordCount++
    previous = word
  })
  if (year !== undefined) {
    sentences.forEach((sentence, at) => {
      if (sentence.hasDate && !withYear?.has(at)) sentence.terms.add(year)
    })
  }
  return sentences
}

function unionOfTerms(sentences: readonly IndexedSentence[]): ReadonlySet<string> {
  if (sentences.length === 1) return sentences[0]!.terms
  const terms = new Set<string>()
  for (const sentence of sentences) for (const term of sentence.terms) terms.add(term)
  return terms
}
