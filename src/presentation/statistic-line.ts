import type { Statistic } from '../core/stats/statistic.js'
import { describeCitation } from './source-line.js'

/** A figure as one pasteable line: the figure (bold on every platform), what it measures and when, the source. */
export interface StatisticLine {
  /** "45.5 trillion yuan", "1.05 billion", "39.8 percent". */
  figure: string
  /** "value of China's digital economy (2021)". */
  measures: string
  /** "BRICS Competition Law and Policy Centre, 7 November 2022, via Xinhua", and "· § II. …" where the document has sections. */
  source: string
}

export function statisticLine(statistic: Statistic): StatisticLine {
  const { value, unit, label, period, kind } = statistic
  // The unit goes with the figure unless the label already says it ("internet users in China").
  const unitInLabel = unit !== null && label.toLowerCase().includes(unit.toLowerCase())
  const withUnit = kind === 'amount' || (kind === 'count' && unit !== null && !unitInLabel)
  return {
    figure: withUnit ? `${value} ${unit}` : value,
    measures: period ? `${label} (${period})` : label,
    source: describeCitation(statistic),
  }
}

/** The line as plain text: "45.5 trillion yuan — value of China's digital economy (2021) · source". */
export function statisticText(statistic: Statistic, bold: (text: string) => string = (text) => text): string {
  const { figure, measures, source } = statisticLine(statistic)
  return `${bold(figure)} — ${measures} · ${source}`
}
