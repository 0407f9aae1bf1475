import { describe, expect, it } from 'vitest'
import { type Answerer, evaluate, type EvalSet, type Judgements } from './evaluate.js'

// One set written for the "gazette", asked of a corpus where a "wire" report
// states some of its facts too.
const set: EvalSet = {
  answerable: [
    { q: 'how many containers', expect: '2.4 million containers' },
    { q: 'when did the quay open', expect: 'opened in March' },
  ],
  unanswerable: [{ q: 'who runs the ferries' }],
}
const answersBy =
  (quotes: Record<string, { quote: string; documentId: string }>): Answerer =>
  (q) =>
    quotes[q] ? { ...quotes[q], score: 1 } : null
const judgements: Judgements = {
  setDocuments: new Set(['gazette']),
  questions: new Map([
    ['how many containers', { right: new Set(['Port data show 2.4mn boxes.']), wrong: new Set() }],
    ['who runs the ferries', { right: new Set(['The ferries are run by the city.']), wrong: new Set() }],
  ]),
}

describe('judged quotes of other documents', () => {
  it('count as right only when judged right, and say when a quote still needs judging', () => {
    const answer = answersBy({
      'how many containers': { quote: 'Port data show 2.4mn boxes.', documentId: 'wire' },
      'when did the quay open': { quote: 'A quay was planned.', documentId: 'wire' },
      'who runs the ferries': { quote: 'The ferries are run by the city.', documentId: 'wire' },
    })
    const judged = evaluate(set, answer, judgements)
    expect(judged.answerable.map((o) => o.correct)).toEqual([true, false])
    expect(judged.unanswerable.map((o) => o.correct)).toEqual([true])
    expect(judged.unjudged).toBe(1)
    // Without judgements the same answers are wrong: only the expected text counts.
    const strict = evaluate(set, answer)
    expect([...strict.answerable, ...strict.unanswerable].map((o) => o.correct)).toEqual([false, false, false])
  })

  it("need no judging for the set's own documents, whose right quotes the set names", () => {
    const answer = answersBy({ 'when did the quay open': { quote: 'A quay was planned.', documentId: 'gazette' } })
    expect(evaluate(set, answer, judgements).unjudged).toBe(0)
  })
})
