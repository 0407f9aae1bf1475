import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// Two documents giving the same measure for different years, in sentences the
// question meets equally well; the older one is shorter, so BM25 alone ranks it first.
const digest = makeDocument('digest', ['In 2019 the harbour handled 1.9 million containers.'])
const report = makeDocument('report', ['By the end of 2022 the busy harbour on the river had handled 2.4 million containers in the year.'])

describe('equally good figures for different years', () => {
  it('offers the latest first when the question names no period', () => {
    for (const documents of [
      [digest, report],
      [report, digest],
    ]) {
      const { answers } = createRetriever(documents).ask('how many containers does the harbour handle')
      expect(answers.map((answer) => answer.documentId)).toEqual(['report', 'digest'])
    }
  })

  it('offers the year asked for when the question names one', () => {
    const { answers } = createRetriever([report, digest]).ask('how many containers did the harbour handle in 2019')
    expect(answers[0]?.documentId).toBe('digest')
  })
})

// A sentence that names no year is for the year last named before it in its
// document, or before any, for the year the document was published.
describe('equally good figures when one sentence names no year', () => {
  const published = (document: ReturnType<typeof makeDocument>, date: string) => ({
    ...document,
    source: { ...document.source, published: date },
  })
  const archive = makeDocument('archive', ['In 2019 the harbour handled 1.9 million containers.'])
  const news = published(
    makeDocument('news', ['The busy harbour on the river has now handled 2.4 million containers in the year.']),
    '2023-02-01',
  )

  it('takes an undated figure as of its publication, later than one for an earlier year', () => {
    for (const documents of [
      [archive, news],
      [news, archive],
    ]) {
      const { answers } = createRetriever(documents).ask('how many containers does the harbour handle')
      expect(answers.map((answer) => answer.documentId)).toEqual(['news', 'archive'])
    }
  })

  it('takes it as of the year named before it in the same document', () => {
    const history = published(
      makeDocument('history', [
        'In 2018 the city rebuilt its quays.',
        'The busy harbour on the river handled 1.2 million containers in the year.',
      ]),
      '2023-02-01',
    )
    for (const documents of [
      [archive, history],
      [history, archive],
    ]) {
      const { answers } = createRetriever(documents).ask('how many containers does the harbour handle')
      expect(answers.map((answer) => answer.documentId)).toEqual(['archive', 'history'])
    }
  })
})
