import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const briefing = makeDocument('port-briefing', [
  'The harbour board held a briefing on the new quay in March.',
  'A reporter from a shipping weekly raised berthing fees.',
  'An official took questions on berthing fees and asked for patience.',
  'Ferries leave every hour.',
  'Tugs guide ships into the basin.',
  'The quay was widened in 2020.',
])

describe('a role named in the words people use for it', () => {
  const retriever = createRetriever([briefing])

  it('is met by the name the text uses: a "journalist" is its "reporter"', () => {
    for (const question of ['which journalist asked about berthing fees?', 'who was the journalist asking about berthing fees']) {
      expect(retriever.ask(question).answers[0]?.quote, question).toBe('A reporter from a shipping weekly raised berthing fees.')
    }
  })

  it('is not met by another role: a "spokesman" is no "reporter"', () => {
    expect(retriever.ask('which spokesman asked about berthing fees?').answers).toEqual([])
  })
})
