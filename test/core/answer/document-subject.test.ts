import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A figure's sentence must name what the question asks the figure of, except
// the corpus's subject ("China" in a corpus about China). What a document is
// about stays its subject when other documents, about other things, join it.
const ferries = makeDocument('ferries', [
  'The ferry links the two islands every hour.',
  'In 2021 the service carried 2.3 million passengers.',
  'A second ferry joined the route in spring.',
  'Ferry fares rose by a tenth.',
  'Most of the crews live on the larger island, near the lighthouse.',
])
const harbour = makeDocument('harbour', [
  'The harbour board meets every quarter.',
  'Dredging the channel took three months.',
  'Cargo traffic grew by 4 percent.',
  'Berth fees are set each January.',
  'The old lighthouse was restored in 2019.',
  'Fishing boats use the northern quay.',
  'A new crane arrived last year.',
  'The pilots work in shifts.',
])

describe("a figure's sentence, read against its own document", () => {
  it('need not name what the whole document is about, when other documents make it rare', () => {
    const question = 'how many passengers did the ferry carry in 2021?'
    expect(createRetriever([ferries]).ask(question).answers[0]?.quote).toBe('In 2021 the service carried 2.3 million passengers.')
    expect(createRetriever([ferries, harbour]).ask(question).answers[0]?.quote).toBe('In 2021 the service carried 2.3 million passengers.')
  })

  it('still must name a detail its document mentions once', () => {
    // The lighthouse is a detail of the ferries' document: 2.3 million is not a figure for it.
    const answer = createRetriever([ferries, harbour]).ask('how many passengers did the lighthouse have in 2021?')
    expect(answer.answers.some(({ quote }) => quote.includes('2.3 million'))).toBe(false)
  })
})
