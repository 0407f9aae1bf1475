import { beforeAll, describe, expect, it } from 'vitest'
import { openRetriever } from '../../../src/app/open-retriever.js'
import { createRetriever, type Retriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openRetriever('corpus')
})

const figures = (topic?: string) => retriever.statistics(topic).statistics.map((statistic) => statistic.value)

describe('statistics of the article', () => {
  it('finds every figure of the article, in order, and nothing else', () => {
    expect(figures()).toEqual([
      'more than 1 million',
      '45.5 trillion',
      '39.8 percent',
      '1.05 billion',
      '74.4 percent',
      '1.85 million',
      '455 million',
      '10.8 trillion',
      '12 percent',
      '1.92 trillion',
      '18.6 percent',
    ])
  })

  it('gives each figure as a number, with its unit, label, period, verbatim sentence and source', () => {
    const users = retriever.statistics().statistics.find((statistic) => statistic.value === '1.05 billion')
    expect(users).toMatchObject({
      number: 1.05e9,
      unit: 'internet users',
      label: 'internet users in China',
      period: 'June 2022',
      kind: 'count',
      quote: 'By June 2022, there were 1.05 billion internet users in China, and the internet penetration rate had reached 74.4 percent, read the white paper.',
      passageId: 'cyberspace-white-paper:10',
      source: { publisher: 'BRICS Competition Law and Policy Centre', published: '2022-11-07', via: 'Xinhua' },
    })
    expect(users?.link).toMatch(/#:~:text=By%20June%202022/)
  })

  it('keeps percentages as percentages and sorts kinds apart', () => {
    const all = retriever.statistics().statistics
    expect(all.filter((s) => s.kind === 'share').map((s) => [s.value, s.number])).toEqual([
      ['39.8 percent', 39.8],
      ['74.4 percent', 74.4],
    ])
    expect(all.filter((s) => s.kind === 'growth').map((s) => s.value)).toEqual(['12 percent', '18.6 percent'])
    expect(all.filter((s) => s.kind === 'amount').map((s) => s.number)).toEqual([45.5e12, 10.8e12, 1.92e12])
  })

  it('returns the figures a topic is about, best first, through synonyms and typos', () => {
    expect(figures('5G')).toEqual(['1.85 million', '455 million'])
    expect(figures('internet users').slice(0, 2)).toEqual(['1.05 billion', '74.4 percent'])
    expect(figures('GDP')[0]).toBe('39.8 percent')
    expect(figures('online shopping').slice(0, 2)).toEqual(['10.8 trillion', '12 percent'])
    expect(figures('ecomerce growth').slice(0, 2).sort()).toEqual(['12 percent', '18.6 percent'])
    expect(figures('base stations')[0]).toBe('1.85 million')
    // One edit from "users" in the article, and from "uses" in the thesaurus: the article's word wins.
    expect(figures('intrnet usrs')[0]).toBe('1.05 billion')
  })

  it('reads "value" in a topic as asking for the figure, not for the figure labelled "value of …"', () => {
    expect(figures('online retail value')[0]).toBe('10.8 trillion')
    expect(figures('digital economy value')[0]).toBe('45.5 trillion')
  })

  it('takes a year in the topic as the period the figures must be for, not as their subject', () => {
    expect(figures('digital economy 2021')).toEqual(['45.5 trillion', '39.8 percent'])
    expect(figures('internet users june 2022')).toEqual(['1.05 billion', '74.4 percent'])
    expect(figures('2021')).toEqual(['45.5 trillion', '39.8 percent', '10.8 trillion', '12 percent'])
    // The paper gives internet users for June 2022 only: no 2021 figure is about them.
    expect(retriever.statistics('internet users 2021').status).toBe('none')
  })

  it('says plainly when no figure is about the topic', () => {
    expect(retriever.statistics('football')).toMatchObject({ status: 'none', topic: 'football', statistics: [] })
    expect(retriever.statistics('huawei')).toMatchObject({ status: 'none' })
  })

  it('answers an unusable topic with a message, and an empty one with every figure', () => {
    expect(retriever.statistics('x'.repeat(5000))).toMatchObject({ status: 'invalid', message: expect.stringMatching(/limited to/) })
    expect(retriever.statistics('   ')).toMatchObject({ status: 'found', topic: null })
  })

  it('finds no statistics in a corpus without figures', () => {
    const empty = createRetriever([makeDocument('d', ['In 2021 the committee met on 7 March about COVID-19 and 5G.'])])
    expect(empty.statistics().statistics).toEqual([])
  })
})
