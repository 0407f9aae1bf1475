import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// The figure's sentence says "percent of", never "share"; other sentences use
// "share" for other things, so the word alone would weigh against the answer.
const harbour = makeDocument('harbour', [
  'Shipping accounted for 12.5 percent of the city’s output in 2021.',
  'The harbour board and the rail company share the cost of the new quay.',
  'Fishing crews share their berths with ferries in summer.',
  'The new quay opened in March after two years of work.',
  'Ferries leave for the islands every hour.',
  'The rail company runs four trains a day to the harbour.',
  'A museum of ships stands by the old dock.',
  'Storms closed the harbour for three days in January.',
  'The harbour board meets once a month.',
])

describe('"the share of …"', () => {
  it('is met by a sentence that gives the share as a percentage, in full', () => {
    for (const question of ['shipping share of city output', 'share of output %', 'what proportion of city output is shipping']) {
      const [answer] = createRetriever([harbour]).ask(question).answers
      expect(answer?.quote, question).toBe('Shipping accounted for 12.5 percent of the city’s output in 2021.')
      expect(answer?.score, question).toBe(1)
    }
  })

  it('asks for a share: a sentence without one does not answer', () => {
    expect(createRetriever([harbour]).ask('share of the quay cost').answers).toEqual([])
  })
})
