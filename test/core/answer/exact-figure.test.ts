import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A rounded figure in a report's lead, and the count itself later in another document.
const report = makeDocument('report', ['The port handled more than 1.8 million containers in 2021, a record for the port.'])
const yearbook = makeDocument('yearbook', ['Containers handled by the port in 2021: 1,843,000, counted at the gates.'])

describe('a question for the exact figure', () => {
  it('is answered first with the figure as counted, not the hedged one', () => {
    const answer = createRetriever([report, yearbook]).ask('what is the exact number of containers the port handled in 2021')
    expect(answer.answers[0]?.quote).toContain('1,843,000')
  })

  it('still gets the hedged figure when it is all there is', () => {
    const answer = createRetriever([report]).ask('what is the exact number of containers the port handled in 2021')
    expect(answer.answers[0]?.quote).toContain('more than 1.8 million')
  })

  it('leaves the order alone when no exact figure is asked for', () => {
    const answer = createRetriever([report, yearbook]).ask('how many containers did the port handle in 2021')
    expect(answer.answers[0]?.quote).toContain('more than 1.8 million')
  })
})
