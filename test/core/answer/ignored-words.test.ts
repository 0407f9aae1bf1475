import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import type { Thesaurus } from '../../../src/core/types.js'
import { makeDocument } from '../../helpers/documents.js'

// Every document here is about the ministry's report, so "report" is ignored:
// it cannot decide whether a sentence answers, only which of two does.
const thesaurus: Thesaurus = { ignore: ['report'], synonyms: [] }
const licences = makeDocument('licences', ['The ministry issued fishing licences.'])
const report = makeDocument('report', ['In May the ministry issued its harbour report, a long review of the year.'])
const corpus = [licences, report]

describe('words the thesaurus ignores', () => {
  it('break a tie for the sentence that names them', () => {
    const question = 'why did the ministry issue the report'
    const without = createRetriever(corpus, { thesaurus, ignoredWordsPreference: 0 }).ask(question).answers
    expect(without[0]?.documentId).toBe('licences')
    const [answer] = createRetriever(corpus, { thesaurus }).ask(question).answers
    expect(answer?.quote).toBe('In May the ministry issued its harbour report, a long review of the year.')
  })

  it('never turn a refusal into an answer', () => {
    const question = 'why did the ministry issue the report'
    const scored = createRetriever([report], { thesaurus, ignoredWordsPreference: 0 }).ask(question).answers[0]
    expect(scored?.documentId).toBe('report')
    // Just above what the sentence scores: it must be refused, preference or not.
    const strict = createRetriever([report], { thesaurus, minScore: (scored?.score ?? 0) + 0.01 })
    expect(strict.ask(question).status).toBe('no-answer')
  })

  it('count for nothing when the thesaurus does not ignore them', () => {
    const question = 'why did the ministry issue the report'
    const [answer] = createRetriever(corpus).ask(question).answers
    expect(answer?.documentId).toBe('report')
  })
})
