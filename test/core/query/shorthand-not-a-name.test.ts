import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// Chat shorthand no word list has ("fx" for exchange) is not a name the text must have.
const digest = makeDocument('digest', [
  'Conversions use an average rate of 7.1 yuan to the dollar.',
  'Cargo through the port rose 4 percent.',
  'Most ships unload grain.',
  'Pilots guide ships into the basin.',
  'The quay was widened in 2020.',
  'Ferries leave every hour.',
])

describe('lower-case shorthand the corpus lacks', () => {
  const retriever = createRetriever([digest])

  it('is not a name: the sentence that answers the rest of the question answers', () => {
    expect(retriever.ask('what fx rate do the conversions use').answers[0]?.quote).toContain('7.1 yuan to the dollar')
  })

  it('still weighs as a rare word: alone, or typed in capitals as a name, it is not met', () => {
    expect(retriever.ask('what about the itu').status).toBe('no-answer')
    expect(retriever.ask('what rate does the ITU use for conversions').status).toBe('no-answer')
  })
})
