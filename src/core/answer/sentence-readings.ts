import { type PassageIndex, SUBJECT_SHARE } from '../index/passage-index.js'
import { SentenceCountries } from './asked-countries.js'
import { SentenceFigures } from './asked-figure.js'
import { SentenceNames } from './asked-name.js'
import type { DocumentNames } from './document-names.js'
import type { SentenceReadings } from './select-quote.js'

/** What a retriever reads from an index's sentences on first need: nothing is read until a question asks. */
export function createSentenceReadings(index: PassageIndex, documentNames: DocumentNames): SentenceReadings {
  const isCorpusSubject = (term: string) => (index.sentenceFrequency.get(term) ?? 0) > index.sentenceCount * SUBJECT_SHARE
  return {
    figures: new SentenceFigures(),
    countries: new SentenceCountries(),
    names: new SentenceNames(isCorpusSubject),
    documentNames,
  }
}
