import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// Two reports of one harbour, stating some of the same facts in their own words.
const gazette = makeDocument('gazette', [
  'The harbour handled 2.4 million containers in 2021, a record for the port.',
  'A new quay for ferries opened on the east side of the harbour in March.',
])
const wire = makeDocument('wire', [
  'Port data show the harbour handled 2.4mn containers in 2021, its busiest year.',
  'Ferry operators complained about the cost of berths at the harbour.',
])

describe('the same fact in two documents', () => {
  it('is offered once, with the other document beside it', () => {
    const retriever = createRetriever([gazette, wire])
    const { answers } = retriever.ask('how many containers did the harbour handle in 2021')
    expect(answers[0]?.alsoIn?.map((other) => other.documentId)).toEqual([answers[0]?.documentId === 'gazette' ? 'wire' : 'gazette'])
    // The other quote is verbatim and linked, like the answer itself.
    const other = answers[0]!.alsoIn![0]!
    expect(other.quote).toMatch(/^(The harbour handled|Port data show)/)
    expect(other.link).toContain('#:~:text=')
    // No second answer repeats the figure.
    expect(answers.slice(1).some((answer) => answer.quote.includes('2.4'))).toBe(false)
  })

  it('is not merged with a different fact about the same thing', () => {
    const retriever = createRetriever([gazette, wire])
    const { answers } = retriever.ask('what about ferries at the harbour')
    expect(answers.length).toBeGreaterThanOrEqual(2)
    expect(answers.flatMap((answer) => answer.alsoIn ?? [])).toEqual([])
  })

  it('is left alone within one document', () => {
    const single = makeDocument('single', [
      'The harbour handled 2.4 million containers in 2021.',
      'Its 2.4 million containers in 2021 set a record.',
    ])
    const { answers } = createRetriever([single]).ask('how many containers did the harbour handle in 2021')
    expect(answers.every((answer) => answer.alsoIn === undefined)).toBe(true)
  })
})
