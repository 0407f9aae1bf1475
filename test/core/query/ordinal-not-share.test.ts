import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const rules = makeDocument('port-rules', [
  'Ships over 200 metres must take a pilot.',
  'A third checkpoint applies to tankers carrying fuel.',
  'About 33 percent of calls are by container ships.',
  'Ferries leave every hour.',
  'The quay was widened in 2020.',
])

describe('"a third", "a fifth" before a noun', () => {
  const retriever = createRetriever([rules])

  it('numbers the noun ("a third checkpoint"), not a share of it', () => {
    const answer = retriever.ask('is there a third checkpoint - what does it apply to?').answers[0]
    expect(answer?.quote).toBe('A third checkpoint applies to tankers carrying fuel.')
  })

  it('is still a share before "of"', () => {
    const answer = retriever.ask('are about a third of calls by container ships?').answers[0]
    expect(answer?.quote).toBe('About 33 percent of calls are by container ships.')
  })
})
