import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import type { CorpusDocument } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

const published = (document: CorpusDocument, date: string): CorpusDocument => ({
  ...document,
  source: { ...document.source, published: date },
})

// A report that mentions the levy and the quay in passing, and a later glossary that says what they are.
const report = published(
  makeDocument('report', [
    'The harbour board will review the port levy again next spring.',
    'Ferries now berth at the Blue Quay on weekdays.',
    'The quarterly note on the port levy was published in March.',
  ]),
  '2022-01-10',
)
const glossary = published(
  makeDocument('glossary', [
    'Port levy: a charge on every container that leaves the harbour, paid by the shipper.',
    'The old eastern pier is often called the Blue Quay by the ferry crews.',
    'Harbour board: the body that inspects the quay and sets the port levy each spring.',
    'Comparison: the port levy raised less in March than the harbour board expected.',
  ]),
  '2022-06-01',
)

describe('a question that asks what something is', () => {
  const retriever = createRetriever([report, glossary])
  const first = (question: string) => retriever.ask(question).answers[0]?.quote

  it('is answered first by the sentence that defines the term, though another document came earlier', () => {
    for (const question of ['define port levy', 'what does port levy mean', 'the meaning of port levy?', "what's the port levy?"]) {
      expect(first(question), question).toContain('a charge on every container')
    }
  })

  it('is asked as "what does X do"', () => {
    expect(first('what does the harbour board do?')).toContain('the body that inspects the quay')
  })

  it('counts a sentence that says what a thing is and then names it', () => {
    expect(first('what is the Blue Quay')).toContain('often called the Blue Quay')
  })

  it('leaves the order alone when no definition is asked for', () => {
    expect(first('will the harbour board review the port levy')).toContain('review the port levy again')
    expect(first('does it mention the Blue Quay')).toContain('Ferries now berth')
  })
})
