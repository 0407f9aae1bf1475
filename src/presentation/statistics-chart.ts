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
 * whatever order the figures came in; null when no two do. A count that names
 * no unit is charted with nothing: what it counts is unknown. Bars of
 * different periods, or from different documents, say so.
 */
export function chartOfStatistics(statistics: readonly Statistic[], topic: string | null): BarChart | null {
  const groups = new Map<string, Statistic[]>()
  for (const [i, statistic] of statistics.entries()) {
    const key = statistic.unit === null ? `alone|${i}` : `${statistic.kind}|${statistic.unit}`
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
  const documents = [...new Set(chosen.map((statistic) => statistic.documentId))]
  // Where the bars come from several documents, each bar names its source by number.
  const sourceMark = (statistic: Statistic) =>
    documents.length > 1 ? ` [${sources.indexOf(`${statistic.source.title} — ${describeSource(statistic.source)}`) + 1}]` : ''
  const periods = [...new Set(chosen.map((statistic) => statistic.period))]
  const mixedPeriods = periods.length > 1
  const periodNote = mixedPeriods ? `Not all of one period: ${periods.map((period) => period ?? 'not stated').join(', ')}. ` : ''
  const sourceList = documents.length > 1 ? sources.map((source, i) => `[${i + 1}] ${source}`) : sources
  return {
    title: `${KIND_TITLES[first.kind]} in ${unit || 'figures'}${topic ? ` — “${topic}”` : ''}`,
    caption: `${periodNote}Source: ${sourceList.join('; ')}`,
    axisTitle,
    bars: [...chosen]
      .sort((a, b) => b.number - a.number)
      .map((statistic) => {
        const line = statisticLine(statistic)
        // A bar without a period beside bars with one would pass for the same period.
        const period = mixedPeriods && statistic.period === null ? ' (period not stated)' : ''
        return { label: `${line.measures}${period}${sourceMark(statistic)}`, value: statistic.number / scale, text: line.figure }
      }),
  }
}
