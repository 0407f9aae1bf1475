import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const ferries = makeDocument('ferries', [
  'The island ferries carried 4.1 million passengers in June 2022, up from 3.6 million a year before.',
  'Cargo on the same routes fell by a tenth over the winter.',
  'The operator plans two new vessels for the northern route.',
])
// Another document that happens to write the compound the asker types.
const fares = makeDocument('fares', ['Fares were frozen until mid-2022, when fuel costs forced a rise.'])

describe('"mid-2022", "end-2021": a time in a year', () => {
  const question = 'how many passengers did the island ferries carry mid-2022?'

  it('is met by the year, so a sentence naming the month answers', () => {
    expect(createRetriever([ferries]).ask(question).answers[0]?.quote).toMatch(/^The island ferries carried 4\.1 million/)
  })

  it('is read the same when another document writes the compound itself', () => {
    const answer = createRetriever([ferries, fares]).ask(question)
    expect(answer.status).toBe('answered')
    expect(answer.answers[0]?.quote).toMatch(/^The island ferries carried 4\.1 million/)
  })
})
