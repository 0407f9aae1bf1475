import { beforeAll, describe, expect, it } from 'vitest'
import { stats } from '../../commands/stats.js'
import type { Retriever } from '../../src/core/retriever.js'
import { statisticText } from '../../src/presentation/statistic-line.js'
import { openSmallCorpus, SMALL_CORPUS_SOURCE_LINE } from '../helpers/small-corpus.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openSmallCorpus()
})

describe('the stats command', () => {
  it('with no topic lists every figure, grouped by kind, with a chart of the euro amounts', () => {
    const reply = stats.execute({}, { retriever })
    expect(reply.kind).toBe('statistics')
    if (reply.kind !== 'statistics') return
    expect(reply.groups.map((group) => [group.title, group.statistics.length])).toEqual([
      ['Amounts', 3],
      ['Counts', 4],
      ['Shares and rates', 2],
      ['Growth', 2],
    ])
    expect(reply.chart).toMatchObject({
      title: 'Amounts in euros',
      axisTitle: 'billion euros',
      bars: [
        { label: "value of Lanwick's container trade (2022)", value: 8.4, text: '8.4 billion euros' },
        { label: "Lanwick's fish market sales of fresh catch (2022)", value: 3.1, text: '3.1 billion euros' },
        // The review gives no year for it: the chart says so rather than pass it off as 2022.
        { label: "turnover in Lanwick's cruise tourism (period not stated)", value: 1.6, text: '1.6 billion euros' },
      ],
    })
    expect(reply.chart?.caption).toMatch(/^Not all of one period: 2022, not stated\. Source: /)
    expect(reply.chart?.caption).toContain(SMALL_CORPUS_SOURCE_LINE)
  })

  it('with a topic gives one group, best first, and no chart when the figures do not share a unit', () => {
    const reply = stats.execute({ topic: 'wind turbines' }, { retriever })
    expect(reply).toMatchObject({ kind: 'statistics', topic: 'wind turbines', chart: null })
    if (reply.kind !== 'statistics') return
    expect(reply.groups).toHaveLength(1)
    expect(reply.groups[0]?.statistics.map((s) => s.value)).toEqual(['140', '2,300'])
  })

  it('charts growth rates together for a growth topic, largest first', () => {
    const reply = stats.execute({ topic: 'year on year growth' }, { retriever })
    expect(reply.kind === 'statistics' && reply.groups[0]?.statistics.slice(0, 2).map((s) => s.value)).toEqual([
      '7 percent',
      '15.2 percent',
    ])
    expect(reply.kind === 'statistics' && reply.chart?.bars.map((bar) => bar.text)).toEqual(['15.2 percent', '7 percent'])
  })

  it('says when no figure matches, and what the paper covers', () => {
    expect(stats.execute({ topic: 'smartphone sales' }, { retriever })).toMatchObject({
      kind: 'no-answer',
      message: 'No figure in the paper is about “smartphone sales”.',
      topics: expect.arrayContaining(['ferry passengers and online booking']),
    })
  })

  it('makes each figure a line to paste: the figure, what it measures, the period, the source', () => {
    const [trade] = retriever.statistics('container trade').statistics
    expect(statisticText(trade!, (text) => `**${text}**`)).toBe(
      `**8.4 billion euros** — value of Lanwick's container trade (2022) · ${SMALL_CORPUS_SOURCE_LINE}`,
    )
  })
})
