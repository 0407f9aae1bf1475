import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import type { CorpusDocument } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

// Equally good quotes from several documents: the earliest published comes
// first, wherever its document stands in the corpus, since coverage follows what
// it covers. A better quote still wins, whenever it was published.
const publishedOn = (document: CorpusDocument, published: string): CorpusDocument => ({
  ...document,
  source: { ...document.source, published },
})
const digest = publishedOn(
  makeDocument('digest', ['The harbour board counted 3.1 million containers through the port in 2021.']),
  '2022-11-21',
)
const report = publishedOn(
  makeDocument('report', ['The harbour board counted 3 million containers through the port in 2021.']),
  '2022-11-07',
)
const later = publishedOn(
  makeDocument('later', ['Cranes at the port lifted 3.2 million containers for the harbour board in 2021, a record.']),
  '2022-12-01',
)

describe('equally good quotes from several documents', () => {
  it('come earliest published first, not in the order the corpus lists them', () => {
    const { answers } = createRetriever([digest, report]).ask('how many containers did the harbour board count through the port in 2021')
    expect(answers.map((answer) => answer.documentId)).toEqual(['report', 'digest'])
  })

  it('while a better quote comes first whenever it was published', () => {
    const { answers } = createRetriever([later, report]).ask('how many containers did the harbour board count through the port in 2021')
    expect(answers[0]?.documentId).toBe('report')
    const lifted = createRetriever([report, later]).ask('how many containers did cranes lift at the port in 2021')
    expect(lifted.answers[0]?.documentId).toBe('later')
  })
})
