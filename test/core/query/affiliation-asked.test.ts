import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// Where someone works is the body named beside them, in whatever words the
// text gives it ("an economist at …", "the expert of …"); "work" is how the
// question asks, and a sentence that happens to say "work" does not answer.
const profile = makeDocument('profile', [
  'Lena Okafor, an economist at the Harbour Institute, said the port had doubled its trade.',
  'Lena Okafor wants the work on the new quays to continue for years.',
])

describe('questions about where someone works', () => {
  const retriever = createRetriever([profile])
  for (const question of ['where does Lena Okafor work', 'okafor works where?', 'who does Lena Okafor work for']) {
    it(`quotes the body she belongs to for "${question}"`, () => {
      expect(retriever.ask(question).answers[0]?.quote).toContain('Harbour Institute')
    })
  }

  it('still reads "work" as a topic elsewhere', () => {
    expect(retriever.ask('what does Lena Okafor say about the work on the quays').answers[0]?.quote).toContain('new quays')
  })
})
