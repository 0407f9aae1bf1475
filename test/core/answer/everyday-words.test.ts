import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// The figure's sentence says nothing of "days"; another document happens to use the word.
const survey = makeDocument('survey', ['The island had 12,400 licensed anglers in 2021.'])
const diary = makeDocument('diary', [
  'The ferry ran late for three days in a row.',
  'Gulls nested on the harbour wall.',
  'A storm closed the market.',
  'The school reopened after the holidays.',
])

describe('an everyday word in a question for a figure', () => {
  it("need not be in the figure's sentence, even when another document uses it", () => {
    const question = 'how many licensed anglers does the island have these days'
    expect(createRetriever([survey]).ask(question).answers[0]?.quote).toBe('The island had 12,400 licensed anglers in 2021.')
    expect(createRetriever([survey, diary]).ask(question).answers[0]?.quote).toBe('The island had 12,400 licensed anglers in 2021.')
  })

  it('while a specific word still must be', () => {
    expect(createRetriever([survey, diary]).ask('how many licensed ferry anglers').answers).toEqual([])
  })
})
