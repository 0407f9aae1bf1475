import type { Statistic, StatisticKind } from '../core/stats/statistic.js'
import { describeSource } from './source-line.js'
import { statisticLine } from './statistic-line.js'

/** A bar chart of like figures, as data any renderer can draw. */
export interface BarChart {
  title: string
  /** Under the bars: where the figures come from. */
  caption: string
  /** What the value axis measures: "trillion yuan", "percent". */
  axisTitle: string
  bars: Array<{ label: string; value: number; text: string }>
  /** The value axis's extent, for a scale with fixed ends such as 0–100 percent. Default: from 0 to the largest value. */
  domain?: [number, number]
  /** How the axis writes its values (d3-format). Default "~g": figures as written, without a trailing ".0". */
  axisFormat?: string
}

const MAGNITUDES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
]
const KIND_TITLES: Record<StatisticKind, string> = {
  amount: 'Amounts',
  count: 'Counts',
  share: 'Shares and rates',
  growth: 'Growth',
}

/**
 * A chart of the largest set of figures that share a kind and a unit (the
 * yuan totals, the percentages), largest first so the bars read as a ranking
 * whatever order the figures came in; null when no two do.
 */
export function chartOfStatistics(statistics: readonly Statistic[], topic: string | null): BarChart | null {
  const groups = new Map<string, Statistic[]>()
  for (const statistic of statistics) {
    const key = `${statistic.kind}|${statistic.unit ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), statistic])
  }
  let chosen: Statistic[] = []
  for (const group of groups.values()) if (group.length > chosen.length) chosen = group
  const [first] = chosen
  if (!first || chosen.length < 2) return null

  const largest = Math.max(...chosen.map((statistic) => Math.abs(statistic.number)))
  const [scale, magnitude] = first.unit === 'percent' ? [1, ''] : (MAGNITUDES.find(([size]) => largest >= size) ?? [1, ''])
  const unit = first.unit ?? ''
  const axisTitle = [magnitude, unit].filter((part) => part.length > 0).join(' ')
  const sources = [...new Set(chosen.map((statistic) => `${statistic.source.title} — ${describeSource(statistic.source)}`))]
  return {
    title: `${KIND_TITLES[first.kind]} in ${unit || 'figures'}${topic ? ` — “${topic}”` : ''}`,
    caption: `Source: ${sources.join('; ')}`,
    axisTitle,
    bars: [...chosen]
      .sort((a, b) => b.number - a.number)
      .map((statistic) => {
        const line = statisticLine(statistic)
        return { label: line.measures, value: statistic.number / scale, text: line.figure }
      }),
  }
}
