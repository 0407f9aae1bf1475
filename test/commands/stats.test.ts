import { beforeAll, describe, expect, it } from 'vitest'
import { stats } from '../../commands/stats.js'
import { openRetriever } from '../../src/app/open-retriever.js'
import type { Retriever } from '../../src/core/retriever.js'
import { statisticText } from '../../src/presentation/statistic-line.js'

let retriever: Retriever
beforeAll(async () => {
  retriever = await openRetriever('corpus')
})

describe('the stats command', () => {
  it('with no topic lists every figure, grouped by kind, with a chart of the yuan amounts', () => {
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
      title: 'Amounts in yuan',
      axisTitle: 'trillion yuan',
      bars: [
        { label: "value of China's digital economy (2021)", value: 45.5, text: '45.5 trillion yuan' },
        { label: "China's online retail sales of consumer goods (2021)", value: 10.8, text: '10.8 trillion yuan' },
        { label: "turnover in China's cross-border e-commerce", value: 1.92, text: '1.92 trillion yuan' },
      ],
    })
    expect(reply.chart?.caption).toContain('BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua')
  })

  it('with a topic gives one group, best first, and no chart when the figures do not share a unit', () => {
    const reply = stats.execute({ topic: '5G' }, { retriever })
    expect(reply).toMatchObject({ kind: 'statistics', topic: '5G', chart: null })
    if (reply.kind !== 'statistics') return
    expect(reply.groups).toHaveLength(1)
    expect(reply.groups[0]?.statistics.map((s) => s.value)).toEqual(['1.85 million', '455 million'])
  })

  it('charts growth rates together for a growth topic, largest first', () => {
    const reply = stats.execute({ topic: 'year on year growth' }, { retriever })
    expect(reply.kind === 'statistics' && reply.groups[0]?.statistics.slice(0, 2).map((s) => s.value)).toEqual(['12 percent', '18.6 percent'])
    expect(reply.kind === 'statistics' && reply.chart?.bars.map((bar) => bar.text)).toEqual(['18.6 percent', '12 percent'])
  })

  it('says when no figure matches, and what the paper covers', () => {
    expect(stats.execute({ topic: 'smartphone sales' }, { retriever })).toMatchObject({
      kind: 'no-answer',
      message: 'No figure in the paper is about “smartphone sales”.',
      topics: expect.arrayContaining(['5G networks and subscribers']),
    })
  })

  it('makes each figure a line to paste: the figure, what it measures, the period, the source', () => {
    const [digital] = retriever.statistics('digital economy').statistics
    expect(statisticText(digital!, (text) => `**${text}**`)).toBe(
      "**45.5 trillion yuan** — value of China's digital economy (2021) · BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua",
    )
  })
})
