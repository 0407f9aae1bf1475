import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A word the corpus lacks is corrected to one it has only when it is no English word: "grace" is
// one, though subtitles write it with a capital more often (as a name), so it is not "race".
const notes = makeDocument('notes', [
  'The race to build faster networks has drawn in most large operators.',
  'Firms that already export data have until March to comply.',
])

describe('a real word the corpus lacks', () => {
  const retriever = createRetriever([notes])

  it('is not corrected to a word one letter away', () => {
    expect(retriever.ask('what is the grace period for operators').status).toBe('no-answer')
  })

  it('while a typo still is', () => {
    const { answers } = retriever.ask('the race to build faster netwroks')
    expect(answers[0]?.quote).toContain('The race to build faster networks')
  })
})
