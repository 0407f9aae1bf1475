import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const treaties = makeDocument('treaties', [
  'The trade pact was signed with five Central Asian states in June.',
  'Kazakhstan and Uzbekistan signed the water treaty in May.',
  'Both treaties take effect next year.',
  'The neighbouring countries meet every spring.',
  // Enough about other things that "signed" and "treaty" are details, as in
  // any real corpus, not what most of it is about.
  'The river delta floods most autumns.',
  'Fishing quotas are set by each province.',
  'The new dam holds back the spring melt.',
  'Farmers downstream grow cotton and wheat.',
])

describe('"which … countries", with words between', () => {
  it('is answered only by a sentence that names countries', () => {
    const retriever = createRetriever([treaties])
    expect(retriever.ask('which five Central Asian countries signed the trade pact').answers).toEqual([])
    expect(retriever.ask('which neighbouring countries signed the water treaty').answers[0]?.quote).toBe(
      'Kazakhstan and Uzbekistan signed the water treaty in May.',
    )
  })
})
