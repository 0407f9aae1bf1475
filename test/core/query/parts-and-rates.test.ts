import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// The whole's figure, and a part named elsewhere without that figure.
const towns = makeDocument('towns', [
  'The vaccination rate across the province reached 81.2 percent in May 2023.',
  'Rural clinics reported 4,100 new patients in May 2023.',
  'A new hospital opened in the capital in March.',
  'Nurses from the capital trained staff at rural clinics.',
  'The province has twelve districts and one city.',
  'Buses to the villages run twice a day.',
])

describe('a rate asked for a part of a whole', () => {
  it("is not answered by the whole's figure", () => {
    const retriever = createRetriever([towns])
    for (const question of ['rural vaccination rate may 2023?', 'what was the vaccination rate among young people']) {
      expect(
        retriever.ask(question).answers.map((answer) => answer.quote),
        question,
      ).not.toContain('The vaccination rate across the province reached 81.2 percent in May 2023.')
    }
  })

  it('is answered by the figure when the question names no part', () => {
    const [answer] = createRetriever([towns]).ask('vaccination rate may 2023').answers
    expect(answer?.quote).toBe('The vaccination rate across the province reached 81.2 percent in May 2023.')
  })
})

describe('a part named in the words people use for it', () => {
  const clinics = makeDocument('clinics', [
    'Clinics in the district treated 9,300 patients in 2023.',
    'Children under 12 made up a quarter of the patients.',
    'A new wing opened in March.',
    'Nurses from the capital trained the staff.',
    'Buses to the villages run twice a day.',
  ])
  const retriever = createRetriever([clinics])

  it('is met by the name the text uses: "kids" are its "children"', () => {
    expect(retriever.ask('what share of the patients were kids?').answers[0]?.quote).toBe(
      'Children under 12 made up a quarter of the patients.',
    )
  })

  it('is still a part the text must name: "teens" are not its "children"', () => {
    expect(retriever.ask('what share of the patients were teens?').answers).toEqual([])
  })
})
