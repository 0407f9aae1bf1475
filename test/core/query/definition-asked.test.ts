import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// "Define", "mean" and "stands for" say how a definition is asked for: a text
// that happens to use those words ("the standards define …") is not the answer.
const primer = makeDocument('primer', [
  'Harbour dues: the fee a ship pays for each day it stays at the quay, set by the port board.',
  'The board will define what the new quay rules mean for every ship, and what each harbour stands for.',
])

describe('questions that ask what something is', () => {
  const retriever = createRetriever([primer])
  for (const question of [
    'define harbour dues pls',
    'what does harbour dues mean',
    'harbour dues meaning',
    'define harbour dues in plain english',
  ]) {
    it(`quotes the definition for "${question}"`, () => {
      expect(retriever.ask(question).answers[0]?.quote).toContain('the fee a ship pays')
    })
  }
})

// What a place is, said beside its name: "…, a fishing port on the coast".
const coast = makeDocument('coast', [
  'The spring fair fills the square of Lund.',
  'Ferries from Ystad call at Lund, a fishing port on the coast.',
  'Most ships unload grain.',
  'Pilots guide ships into the basin.',
])

describe('a definition given beside the name, after a comma', () => {
  it('answers what kind of thing it is before a sentence that only mentions it', () => {
    expect(createRetriever([coast]).ask('what kind of place is lund').answers[0]?.quote).toContain('Lund, a fishing port on the coast')
  })
})

// Asked of someone: "can someone define …" is the same request as "define …".
const terms = makeDocument('terms', [
  'Berth rent: the sum a ship owes for each hour it is moored at a quay.',
  'Most ships unload grain.',
  'Pilots guide ships into the basin.',
  'Cargo rose 4 percent.',
  'The quay was widened in 2020.',
  'Ferries leave every hour.',
  'Tugs wait by the breakwater.',
  'The harbour board meets in spring.',
])

describe('a definition asked of someone', () => {
  it('is asked as "define" alone is', () => {
    expect(createRetriever([terms]).ask('can someone define rent').answers[0]?.quote).toContain('the sum a ship owes')
  })
})
