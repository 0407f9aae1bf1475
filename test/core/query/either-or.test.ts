import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// "A or B": the asker takes either. When the corpus has both words, a sentence
// still need name only one of them.
const report = makeDocument('report', [
  'The port handled goods worth 3.2 billion yuan last year.',
  'Its new crane cost 40 million dollars.',
])

describe('a choice between two things the corpus has', () => {
  const retriever = createRetriever([report])

  it('is met by a sentence that names either', () => {
    const { answers } = retriever.ask('value of goods the port handled, in dollars or yuan?')
    expect(answers[0]?.quote).toContain('3.2 billion yuan')
  })

  it('still needs one of them', () => {
    expect(retriever.ask('value of goods the port handled, in euros or pounds?').status).toBe('no-answer')
  })
})

// "Nov 7 or Nov 8?": the words around the figures repeat; the figures are the choice.
const opening = makeDocument('opening', ['The new quay opened on 7 March 2019.', 'It has 8 cranes and 2 berths.'])

describe('a choice between two figures', () => {
  const retriever = createRetriever([opening])

  it('is met by a sentence that gives either, though the words around them repeat', () => {
    for (const question of ['did the quay open on march 7 or march 8?', 'when did the quay open, march 7 or march 8?']) {
      expect(retriever.ask(question).answers[0]?.quote, question).toContain('7 March 2019')
    }
  })
})

// "In the next year or so": a rough time, not a choice whose second half may go unmet.
const outlook = makeDocument('outlook', [
  'The operator expects ferry fares to stay flat next year.',
  'Cargo rose 4 percent.',
  'Pilots guide ships into the basin.',
  'Most ships unload grain.',
])

describe('"or so" and "or more"', () => {
  const retriever = createRetriever([outlook])

  it('offer no choice: what follows is still asked', () => {
    expect(retriever.ask('will ferry fares stay flat for a year or so').answers[0]?.quote).toBe(
      'The operator expects ferry fares to stay flat next year.',
    )
    // Nothing is said of a strike, which no choice lets the question off.
    expect(retriever.ask('will ferry fares stay flat for a year or so after the dockworkers strike ends').status).toBe('no-answer')
  })
})
