import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// One sentence names only the body asked about; the other names the person.
const board = makeDocument('board', [
  'A deputy head of the Harbour Authority presented the plan to the council.',
  'Ferry timetables change in October.',
  'The plan was presented by Anna Berg, who chairs the Harbour Authority.',
])

describe('"who …" about a body', () => {
  it('prefers the sentence naming someone besides the body asked about', () => {
    const [answer] = createRetriever([board]).ask('who presented the plan for the Harbour Authority').answers
    expect(answer?.quote).toBe('The plan was presented by Anna Berg, who chairs the Harbour Authority.')
  })
})
