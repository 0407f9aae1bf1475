import { describe, expect, it } from 'vitest'
import { questionsAsked } from '../../../src/core/query/question-parts.js'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const plan = makeDocument('harbour-plan', [
  'The harbour plan is divided into three stages, ending in 2030.',
  'Ferries leave every hour.',
  'Tugs guide ships into the basin.',
  'The quay was widened in 2020.',
  'Cargo volumes rose in the spring.',
])

describe('a message that asks two questions, one after the other', () => {
  const retriever = createRetriever([plan])

  it('is answered by the one the corpus answers, when together they find nothing', () => {
    // "structured" and "sequenced" are words the corpus lacks: together the two fall under the threshold.
    const answer = retriever.ask('how is the harbour plan structured and sequenced? how many stages').answers[0]
    expect(answer?.quote).toBe('The harbour plan is divided into three stages, ending in 2030.')
  })

  it('is split only where a later part opens as a question, and a part pointing back is not asked alone', () => {
    expect(questionsAsked('how is the plan organised? how many stages')).toEqual(['how is the plan organised', 'how many stages'])
    expect(questionsAsked('which edition was it, 8th? 9th?')).toEqual([])
    expect(questionsAsked('which weekly asked? need the name')).toEqual([])
    expect(questionsAsked('was the release tied to the summit? how far ahead was it')).toEqual(['was the release tied to the summit'])
    expect(questionsAsked('how many stages does the plan have?')).toEqual([])
  })
})
