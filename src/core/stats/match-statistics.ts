import { totalWeight, weightMet } from '../answer/coverage.js'
import type { Concept } from '../query/concepts.js'
import type { IndexedStatistic, Statistic } from './statistic.js'

export interface StatisticMatching {
  /** How much a topic word counts when only the figure's sentence, not its label, has it (0–1). */
  contextCredit: number
  /** The lowest share of the topic a figure must cover to be offered. */
  minScore: number
}

const FIGURE_NOUNS = new Set(['value', 'values', 'valuation', 'worth'])

/**
 * The figures a topic is about, best first: a topic word in a figure's label
 * counts in full, one only in its sentence counts `contextCredit`. Figures that
 * score alike keep corpus order.
 */
export function matchStatistics(
  statistics: readonly IndexedStatistic[],
  topic: readonly Concept[],
  { contextCredit, minScore }: StatisticMatching,
): Statistic[] {
  // Every statistic is a figure: "online retail value" is about online retail,
  // not about the one figure whose label says "value".
  const aboutWhat = topic.filter((concept) => !FIGURE_NOUNS.has(concept.label))
  const concepts = aboutWhat.length > 0 ? aboutWhat : topic
  const total = totalWeight(concepts)
  if (total === 0) return []
  // A year or figure in the topic ("internet users 2021") picks figures, it is
  // not what they are about: every figure kept has it, so it scores nothing.
  const exact = totalWeight(concepts.filter((concept) => concept.exact))
  const share = (met: number) => (total === exact ? 1 : (met - exact) / (total - exact))
  const scored: Array<{ statistic: Statistic; score: number; order: number }> = []
  statistics.forEach(({ statistic, labelTerms, sentenceTerms }, order) => {
    const met = weightMet(concepts, labelTerms, sentenceTerms, contextCredit, never, never)
    if (met !== undefined && share(met) >= minScore) scored.push({ statistic, score: share(met), order })
  })
  scored.sort((a, b) => b.score - a.score || a.order - b.order)
  return scored.map(({ statistic }) => statistic)
}

/** A figure's label needs nothing beside it, and no document's name stands in for it. */
function never(): boolean {
  return false
}
