import { describe, expect, it } from 'vitest'
import { groupQuestions } from '../../src/store/group-questions.js'

describe('grouping questions by their wording', () => {
  it('counts the same question in other words once, under its most asked wording', () => {
    const groups = groupQuestions([
      { question: 'What are the data export rules?', count: 5 },
      { question: 'what are the data export rules', count: 3 },
      { question: "China's rules on data export", count: 2 },
      { question: 'data export', count: 1 },
      { question: 'How many 5G towers does China have?', count: 4 },
      { question: 'who won the champions league', count: 2 },
    ])
    expect(groups.map(({ question, topic, count }) => ({ question, topic, count }))).toEqual([
      { question: 'What are the data export rules?', topic: 'data export rules', count: 11 },
      { question: 'How many 5G towers does China have?', topic: '5G towers', count: 4 },
      { question: 'who won the champions league', topic: 'won champions league', count: 2 },
    ])
    expect(groups[0]?.alsoAsked).toEqual(['data export'])
  })

  it('keeps different topics apart even when they share a word', () => {
    const groups = groupQuestions([
      { question: 'data export rules', count: 2 },
      { question: 'data centre energy use', count: 2 },
    ])
    expect(groups).toHaveLength(2)
  })

  it('keeps a question of stop words only as it was asked', () => {
    expect(groupQuestions([{ question: 'What does it say?', count: 1 }])).toEqual([
      { question: 'What does it say?', topic: 'What does it say?', count: 1, alsoAsked: [] },
    ])
  })
})
