import { beforeAll, describe, expect, it } from 'vitest'
import { ask } from '../../commands/ask.js'
import { findCommand } from '../../commands/index.js'
import { stats } from '../../commands/stats.js'
import type { Retriever } from '../../src/core/retriever.js'
import { outcomeOfReply } from '../../src/store/reply-outcome.js'
import { openSmallCorpus } from '../helpers/small-corpus.js'

describe('what a reply came to', () => {
  let context: { retriever: Retriever }
  beforeAll(async () => {
    context = { retriever: await openSmallCorpus() }
  })

  it('is answered with the quoted passages and their scores, best first', () => {
    const reply = ask.execute({ question: 'how many turbine foundations' }, context)
    const { outcome, passages } = outcomeOfReply('ask', reply)
    expect(outcome).toBe('answered')
    expect(passages.length).toBeGreaterThan(0)
    expect(passages[0]?.id).toBe(reply.kind === 'answers' ? reply.answers[0]?.passageId : undefined)
    expect(passages.map((passage) => passage.score)).toEqual([...passages.map((passage) => passage.score)].sort((a, b) => b - a))
  })

  it('is refused when the paper does not say, and invalid for an unusable question', async () => {
    expect(outcomeOfReply('ask', ask.execute({ question: 'who won the champions league final' }, context))).toEqual({
      outcome: 'refused',
      passages: [],
    })
    expect(outcomeOfReply('ask', ask.execute({ question: '   ' }, context)).outcome).toBe('invalid')
    expect(outcomeOfReply('help', await findCommand('help')!.execute({}, context)).outcome).toBe('answered')
    // About is all notice too: its reply is the answer, not a correction.
    expect(outcomeOfReply('about', await findCommand('about')!.execute({}, context)).outcome).toBe('answered')
  })

  it('counts figures found as answered, with the passages they come from', () => {
    const { outcome, passages } = outcomeOfReply('stats', stats.execute({ topic: 'cruise tourism' }, context))
    expect(outcome).toBe('answered')
    expect(passages.length).toBeGreaterThan(0)
  })
})
