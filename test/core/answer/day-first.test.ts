import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import type { CorpusDocument } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

const published = (document: CorpusDocument, date: string): CorpusDocument => ({
  ...document,
  source: { ...document.source, published: date },
})

// An early report gives the year, a later note the day.
const report = published(makeDocument('report', ['The harbour board was set up in 2019 to inspect the quay.']), '2020-01-10')
const note = published(
  makeDocument('note', ['The harbour board was set up on 4 March 2019, with a mandate to inspect the quay.']),
  '2022-06-01',
)

describe('a question that asks on what day', () => {
  const retriever = createRetriever([report, note])
  const first = (question: string) => retriever.ask(question).answers[0]?.quote

  it('is answered first by the sentence that names the day, though another document came earlier', () => {
    for (const question of [
      'on what date was the harbour board set up',
      'what day was the harbour board set up',
      'exact date the harbour board was set up?',
    ]) {
      expect(first(question), question).toContain('4 March 2019')
    }
  })

  it('leaves the order alone when only "when" is asked', () => {
    expect(first('when was the harbour board set up')).toContain('set up in 2019')
  })
})
