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
