import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// "A or B": the asker takes either. When the corpus has both words, a sentence
// still need name only one of them.
const report = makeDocument('report', [
  'The port handled goods worth 3.2 billion yuan last year.',
  'Its new crane cost 40 million dollars.',
])

describe('a choice between two things the corpus has', () => {
  const retriever = createRetriever([report])

  it('is met by a sentence that names either', () => {
    const { answers } = retriever.ask('value of goods the port handled, in dollars or yuan?')
    expect(answers[0]?.quote).toContain('3.2 billion yuan')
  })

  it('still needs one of them', () => {
    expect(retriever.ask('value of goods the port handled, in euros or pounds?').status).toBe('no-answer')
  })
})
