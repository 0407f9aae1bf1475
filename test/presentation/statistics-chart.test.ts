import { describe, expect, it } from 'vitest'
import type { Statistic } from '../../src/core/stats/statistic.js'
import { chartOfStatistics } from '../../src/presentation/statistics-chart.js'

const source = (publisher: string) => ({
  title: `Report of ${publisher}`,
  url: 'https://example.org/r',
  publisher,
  published: '2023-03-14',
})
let n = 0
const figure = (number: number, unit: string | null, label: string, period: string | null, publisher = 'Lanwick Port'): Statistic => ({
  value: String(number),
  number,
  unit,
  label,
  period,
  kind: unit === 'euros' ? 'amount' : unit === 'percent' ? 'share' : 'count',
  quote: `A sentence giving ${label}.`,
  passageId: `${publisher}:${++n}`,
  documentId: publisher,
  link: 'https://example.org/r#:~:text=A',
  source: source(publisher),
})

describe('chartOfStatistics', () => {
  it('charts only figures of one unit, never a count whose unit is unknown beside another', () => {
    const chart = chartOfStatistics(
      [
        figure(8.4e9, 'euros', 'container trade', '2022'),
        figure(21.5, 'percent', 'share of the economy', '2022'),
        figure(3.1e9, 'euros', 'fish market sales', '2022'),
        figure(140, null, 'turbine foundations', null),
        figure(2300, null, 'technicians', null),
      ],
      null,
    )
    expect(chart?.axisTitle).toBe('billion euros')
    expect(chart?.bars.map((bar) => bar.label)).toEqual(['container trade (2022)', 'fish market sales (2022)'])
    expect(chart?.caption).toBe('Source: Report of Lanwick Port — Lanwick Port, 14 March 2023')
    expect(chartOfStatistics([figure(140, null, 'turbine foundations', null), figure(2300, null, 'technicians', null)], null)).toBeNull()
  })

  it('says so when the bars are not all of one period, marking the bar that gives none', () => {
    const chart = chartOfStatistics(
      [
        figure(8.4e9, 'euros', 'container trade', '2022'),
        figure(1.6e9, 'euros', 'cruise turnover', null),
        figure(3.1e9, 'euros', 'fish sales', '2021'),
      ],
      null,
    )
    expect(chart?.bars.map((bar) => bar.label)).toEqual([
      'container trade (2022)',
      'fish sales (2021)',
      'cruise turnover (period not stated)',
    ])
    expect(chart?.caption).toMatch(/^Not all of one period: 2022, not stated, 2021\. Source: /)
  })

  it('numbers the sources when the bars come from different documents', () => {
    const chart = chartOfStatistics(
      [figure(8.4e9, 'euros', 'container trade', '2022'), figure(5e9, 'euros', 'container trade', '2022', 'Coastal Wire')],
      null,
    )
    expect(chart?.bars.map((bar) => bar.label)).toEqual(['container trade (2022) [1]', 'container trade (2022) [2]'])
    expect(chart?.caption).toBe(
      'Source: [1] Report of Lanwick Port — Lanwick Port, 14 March 2023; [2] Report of Coastal Wire — Coastal Wire, 14 March 2023',
    )
  })
})
