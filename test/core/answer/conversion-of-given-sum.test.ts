import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A digest that gives a sum, then converts it in a sentence that does not say what the sum is of.
const digest = makeDocument('port-digest', [
  "The port's cargo revenue reached 12.4 billion yuan in 2022.",
  'Our conversion: 12.4 billion yuan comes to about 1.7 billion US dollars.',
  'Fees for pilots rose to 0.9 billion yuan.',
  'Most ships unload grain.',
  'Ferries leave every hour.',
  'The quay was widened in 2020.',
  'Tugs guide ships into the basin.',
])

describe('a sum the asker gives, asked in another currency', () => {
  const retriever = createRetriever([digest])

  it('is answered by the sentence that restates it in that currency, whatever it calls the sum', () => {
    const answer = retriever.ask('what is 12.4bn yuan of cargo revenue in usd?').answers[0]
    expect(answer?.quote).toBe('Our conversion: 12.4 billion yuan comes to about 1.7 billion US dollars.')
  })

  it('without the sum given, still needs a sum of what the question names', () => {
    expect(retriever.ask('what were pilot fees in usd?').answers).toEqual([])
  })
})
