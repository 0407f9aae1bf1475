import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import type { Thesaurus } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

// A synonym counts as much as the word typed, so both sentences meet "ferry passengers" in full.
const thesaurus: Thesaurus = { ignore: [], synonyms: [{ article: ['ferry passengers'], people: ['people on the boats'] }] }

describe('equally good quotes', () => {
  it("put the one in the asker's own words first, within a passage and between passages", () => {
    // MiniSearch ranks the short first passage higher; within a passage, the first sentence came first.
    const apart = makeDocument('harbour', [
      'People on the boats complained.',
      'Ferry passengers numbered 2.3 million last year, after the new quay opened in the spring.',
    ])
    const together = makeDocument('harbour', [
      'People on the boats complained about the timetable. Ferry passengers numbered 2.3 million last year.',
    ])
    for (const document of [apart, together]) {
      const result = createRetriever([document], { thesaurus }).ask('ferry passengers')
      expect(result.answers[0]?.quote).toMatch(/^Ferry passengers numbered 2.3 million last year/)
    }
  })
})
