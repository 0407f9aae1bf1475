import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// "What share …" is answered by a sentence that gives a share, however written:
// "three in every four" is one, as "75 percent" is.
const survey = makeDocument('survey', [
  'The town survey counted 12,000 residents and 40 libraries.',
  'It found that three in every four residents read the local paper.',
])

describe('a share written as a ratio', () => {
  it('answers a question for a share', () => {
    const { answers } = createRetriever([survey]).ask('what proportion of residents read the local paper')
    expect(answers[0]?.quote).toContain('three in every four')
  })
})
