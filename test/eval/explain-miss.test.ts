import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../src/core/retriever.js'
import { EMPTY_THESAURUS } from '../../src/core/types.js'
import { makeDocument } from '../helpers/documents.js'
import { missExplainer } from './explain-miss.js'

// A harbour report, and filler on other things so that its words are not the corpus's subject.
const report = makeDocument('report', [
  // The second sentence names the board again rather than referring back with "it", which would let the first stand beside its figure.
  'The harbour board was set up to inspect the quay. The board employs 340 inspectors.',
  'Anna Berg chairs the board, and the board answers to the city council.',
  'Ferries leave every hour from the north quay.',
  'Tickets are sold at the gate and on board.',
  'The crossing takes forty minutes in calm weather.',
  'Dogs must be kept on a lead on deck.',
  'Timetables change with the seasons.',
])
const corpus = { documents: [report], thesaurus: EMPTY_THESAURUS }
const whyMissed = missExplainer(corpus)
const retriever = createRetriever(corpus.documents)

// Each case is a question the bot does not answer with the expected text, and the rule that says why.
const cases: Array<{ question: string; expected: string; why: RegExp }> = [
  { question: 'when was the harbour board set up', expected: 'set up to inspect the quay', why: /^ruled out: no date$/ },
  { question: 'how many inspectors work for the Lund harbour board', expected: '340 inspectors', why: /"lund", a name the passage must have/ },
  { question: 'how many inspectors does the harbour board employ at the quay', expected: '340 inspectors', why: /"quay", must stand beside the figure/ },
  { question: 'does the harbour board employ 400 inspectors', expected: '340 inspectors', why: /"400", a figure or code the quote must give/ },
  { question: 'who chairs the harbour board and what are her hobbies and pets', expected: 'Anna Berg chairs', why: /^scored 0\.\d+, under the threshold 0\.5; the sentence lacks .*"hobbies"/ },
]

describe('why a question was not answered with the expected text', () => {
  for (const { question, expected, why } of cases) {
    it(`"${question}"`, () => {
      const quotes = retriever.ask(question).answers.map((answer) => answer.quote)
      expect(quotes.join(' ')).not.toContain(expected)
      expect(whyMissed(question, expected)).toMatch(why)
    })
  }

  it('says when the expected text is nowhere in the corpus', () => {
    expect(whyMissed('who chairs the harbour board', 'Berit Lund chairs')).toBe('no passage has the expected text')
  })
})
