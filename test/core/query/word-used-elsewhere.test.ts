import { describe, expect, it } from 'vitest'
import { buildPassageIndex } from '../../../src/core/index/passage-index.js'
import { readTopics } from '../../../src/core/query/concepts.js'
import { compileThesaurus } from '../../../src/core/query/thesaurus.js'
import { weighWithTheQuestion } from '../../../src/core/query/weigh-with-question.js'
import { createRetriever } from '../../../src/core/retriever.js'
import { EMPTY_THESAURUS } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

const harbour = makeDocument('harbour', [
  'The ferry terminal handled 2.3 million passengers in 2021, after its second quay opened.',
  'Cargo traffic through the port grew by 4 percent over the same year.',
  'The harbour board meets every quarter to review dredging and berth fees.',
])
// About something else, in everyday words a question may also use.
const bakery = makeDocument('bakery', [
  'Someone has to open the bakery at five, and the owner says she will need a second baker soon.',
  'Its rye loaf won a regional prize.',
])

describe('an everyday word another document uses about something else', () => {
  const questions = [
    'can someone tell me how many passengers the ferry terminal handled?',
    'need the ferry terminal passenger count',
    'how much did cargo traffic grow, someone?',
  ]

  it('weighs no more than if no document used it, so the answer stays', () => {
    const alone = createRetriever([harbour])
    const together = createRetriever([harbour, bakery])
    for (const question of questions) {
      const expected = alone.ask(question)
      expect(expected.status, question).toBe('answered')
      const got = together.ask(question)
      expect(got.status, question).toBe('answered')
      expect(got.answers[0]?.quote, question).toBe(expected.answers[0]?.quote)
      // Not exactly: every word's weight moves a little with the number of sentences.
      expect(got.answers[0]?.score, question).toBeCloseTo(expected.answers[0]?.score ?? 0, 1)
    }
  })

  it('still counts in full where it stands with the rest of the question', () => {
    const index = buildPassageIndex([harbour, bakery])
    const weightOf = (question: string, label: string) => {
      const { concepts } = readTopics(question, index, compileThesaurus(EMPTY_THESAURUS), 1)
      const read = concepts.find((concept) => concept.label === label)
      const weighed = weighWithTheQuestion(concepts, index.passages, index).find((concept) => concept.label === label)
      return { read: read?.weight, weighed: weighed?.weight }
    }
    const withTheBaker = weightOf('does the bakery need a baker', 'need')
    expect(withTheBaker.weighed).toBe(withTheBaker.read)
    const withTheFerry = weightOf('need the ferry terminal passenger count', 'need')
    expect(withTheFerry.weighed).toBeLessThan((withTheFerry.read ?? 0) / 2)
  })
})
