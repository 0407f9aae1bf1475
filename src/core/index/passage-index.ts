import MiniSearch from 'minisearch'
import SearchableMap from 'minisearch/SearchableMap'
import type { CorpusDocument, Passage } from '../types.js'
import { splitSentences } from '../text/sentences.js'
import { tokenize, type Token } from '../text/tokenize.js'
import { describeSentence, type SentenceFeatures } from './sentence-features.js'

export interface IndexedSentence extends SentenceFeatures {
  /** Offsets into the passage text. */
  start: number
  end: number
  /** Tokens of the sentence, with offsets into the passage text. */
  tokens: Token[]
  terms: ReadonlySet<string>
}

export interface IndexedPassage {
  passage: Passage
  document: CorpusDocument
  sentences: IndexedSentence[]
  terms: ReadonlySet<string>
}

/** Everything the retriever looks things up in, built once per corpus. */
export interface PassageIndex {
  passages: IndexedPassage[]
  /** MiniSearch over passages; document ids are positions in `passages`. */
  search: MiniSearch<{ id: number; terms: string }>
  /** In how many sentences each term occurs: the basis of term weights. */
  sentenceFrequency: ReadonlyMap<string, number>
  sentenceCount: number
  /** Folded surface words of the corpus with their counts, for correcting typos. */
  words: SearchableMap<number>
  /** Terms written with a capital mid-sentence more often than not: names ("huawei", "usa", "gdp"). */
  properTerms: ReadonlySet<string>
}

/** Tokenises every passage once and builds the search structures from the tokens. */
export function buildPassageIndex(documents: readonly CorpusDocument[]): PassageIndex {
  const passages: IndexedPassage[] = []
  const sentenceFrequency = new Map<string, number>()
  const words = new SearchableMap<number>()
  const capitalised = new Map<string, { proper: number; all: number }>()
  let sentenceCount = 0

  for (const document of documents) {
    for (const passage of document.passages) {
      const tokens = tokenize(passage.text)
      const sentences = splitSentences(passage.text).map((span) => {
        const sentenceTokens = tokens.filter((token) => token.start >= span.start && token.end <= span.end)
        const terms = new Set(sentenceTokens.flatMap((token) => token.terms))
        for (const term of terms) sentenceFrequency.set(term, (sentenceFrequency.get(term) ?? 0) + 1)
        countCapitals(sentenceTokens, passage.text, capitalised)
        const features = describeSentence(sentenceTokens, passage.text)
        return { ...span, tokens: sentenceTokens, terms, ...features }
      })
      sentenceCount += sentences.length
      for (const token of tokens) {
        if (!token.number) words.update(token.word, (count = 0) => count + 1)
      }
      passages.push({ passage, document, sentences, terms: new Set(tokens.flatMap((token) => token.terms)) })
    }
  }

  const search = new MiniSearch<{ id: number; terms: string }>({
    fields: ['terms'],
    // Terms arrive analysed (folded, stemmed, stop words out); MiniSearch only splits them.
    tokenize: (text) => text.split(' '),
    processTerm: (term) => term || null,
  })
  // Repeated terms stay repeated: BM25 counts them.
  search.addAll(
    passages.map((entry, id) => ({
      id,
      terms: entry.sentences.flatMap((sentence) => sentence.tokens.flatMap((token) => token.terms)).join(' '),
    })),
  )

  const properTerms = new Set([...capitalised].filter(([, seen]) => seen.proper * 2 > seen.all).map(([term]) => term))
  return { passages, search, sentenceFrequency, sentenceCount, words, properTerms }
}

// The first word of a sentence is capitalised whatever it is, so it is not counted.
function countCapitals(tokens: readonly Token[], text: string, counts: Map<string, { proper: number; all: number }>): void {
  for (const token of tokens.slice(1)) {
    if (token.stop) continue
    const first = text[token.start] ?? ''
    const proper = first !== first.toLowerCase()
    for (const term of token.terms) {
      const seen = counts.get(term) ?? { proper: 0, all: 0 }
      seen.all += 1
      if (proper) seen.proper += 1
      counts.set(term, seen)
    }
  }
}
