import { beforeAll, describe, expect, it } from 'vitest'
import { createRetriever, type Retriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'
import { openSmallCorpus } from '../../helpers/small-corpus.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openSmallCorpus()
})

const figures = (topic?: string) => retriever.statistics(topic).statistics.map((statistic) => statistic.value)

describe('statistics of a corpus', () => {
  it('finds every figure of the corpus, in order, and nothing else', () => {
    expect(figures()).toEqual([
      '8.4 billion',
      '21.5 percent',
      '3.2 million',
      '64.5 percent',
      '140',
      '2,300',
      '3.1 billion',
      '7 percent',
      '1.6 billion',
      '15.2 percent',
      'more than 500',
    ])
  })

  it('gives each figure as a number, with its unit, label, period, verbatim sentence and source', () => {
    const passengers = retriever.statistics().statistics.find((statistic) => statistic.value === '3.2 million')
    expect(passengers).toMatchObject({
      number: 3.2e6,
      unit: 'ferry passengers',
      label: 'ferry passengers in Lanwick',
      period: 'June 2022',
      kind: 'count',
      quote:
        'By June 2022, there were 3.2 million ferry passengers in Lanwick, and the online booking rate had reached 64.5 percent, the review noted.',
      passageId: 'harbour-review:4',
      source: { publisher: 'Lanwick Port Authority', published: '2023-03-14', via: 'Coastal Wire' },
    })
    expect(passengers?.link).toMatch(/#:~:text=By%20June%202022/)
  })

  it('keeps percentages as percentages and sorts kinds apart', () => {
    const all = retriever.statistics().statistics
    expect(all.filter((s) => s.kind === 'share').map((s) => [s.value, s.number])).toEqual([
      ['21.5 percent', 21.5],
      ['64.5 percent', 64.5],
    ])
    expect(all.filter((s) => s.kind === 'growth').map((s) => s.value)).toEqual(['7 percent', '15.2 percent'])
    expect(all.filter((s) => s.kind === 'amount').map((s) => s.number)).toEqual([8.4e9, 3.1e9, 1.6e9])
    expect(all.filter((s) => s.kind === 'count').map((s) => s.number)).toEqual([3.2e6, 140, 2300, 500])
  })

  it('returns the figures a topic is about, best first, through synonyms and typos', () => {
    expect(figures('wind turbines')).toEqual(['140', '2,300'])
    expect(figures('ferry passengers').slice(0, 2)).toEqual(['3.2 million', '64.5 percent'])
    expect(figures('regional economy')[0]).toBe('21.5 percent')
    expect(figures('seafood market').slice(0, 2)).toEqual(['3.1 billion', '7 percent'])
    expect(figures('cruize tourism growth')).toEqual(['15.2 percent', '7 percent'])
    expect(figures('turbine bases')[0]).toBe('140')
    expect(figures('frry passngers')[0]).toBe('3.2 million')
  })

  it('reads "value" in a topic as asking for the figure, not for the figure labelled "value of …"', () => {
    expect(figures('fish market value')[0]).toBe('3.1 billion')
    expect(figures('container trade value')[0]).toBe('8.4 billion')
  })

  it('takes a year in the topic as the period the figures must be for, not as their subject', () => {
    expect(figures('container trade 2022')).toEqual(['8.4 billion', '21.5 percent'])
    expect(figures('ferry passengers june 2022')).toEqual(['3.2 million', '64.5 percent'])
    expect(figures('2022')).toEqual(['8.4 billion', '21.5 percent', '3.2 million', '64.5 percent', '3.1 billion', '7 percent'])
    // The corpus gives ferry passengers for June 2022 only: no 2021 figure is about them.
    expect(retriever.statistics('ferry passengers 2021').status).toBe('none')
  })

  it('says plainly when no figure is about the topic', () => {
    expect(retriever.statistics('football')).toMatchObject({ status: 'none', topic: 'football', statistics: [] })
    expect(retriever.statistics('rotterdam')).toMatchObject({ status: 'none' })
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
