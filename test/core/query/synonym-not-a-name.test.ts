import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import type { Thesaurus } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

// "Jointly" is written with a capital in the plan's title, so the corpus takes it for a name;
// "together", which the thesaurus puts beside it, is an everyday word all the same.
const thesaurus: Thesaurus = { ignore: [], synonyms: [{ article: ['jointly'], people: ['together'] }] }
const port = makeDocument('port', [
  'The agency published its plan, Jointly Build Safer Harbours, in May.',
  'The harbour office planned the ferry timetable.',
  'Crews and pilots now train together every spring.',
  'Cargo volumes rose by a tenth last year.',
  'Two new cranes arrive at the east quay in June.',
  'Night shifts end at six in the morning.',
])

describe('a word whose synonym the corpus writes as a name', () => {
  it('is not a name the answer must contain', () => {
    const result = createRetriever([port], { thesaurus }).ask('who planned the ferry timetable together')
    expect(result.answers[0]?.quote).toBe('The harbour office planned the ferry timetable.')
  })

  it('while a name typed by the asker still is', () => {
    const result = createRetriever([port], { thesaurus }).ask('who at Jointly planned the ferry timetable')
    expect(result.status).toBe('no-answer')
  })
})
