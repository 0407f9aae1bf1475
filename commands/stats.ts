import { defaultRetrieverOptions } from '../src/core/options.js'
import type { Statistic, StatisticKind } from '../src/core/stats/statistic.js'
import { chartOfStatistics } from '../src/presentation/statistics-chart.js'
import type { Command, StatisticGroup } from './command.js'

const GROUP_TITLES: Array<[StatisticKind, string]> = [
  ['amount', 'Amounts'],
  ['count', 'Counts'],
  ['share', 'Shares and rates'],
  ['growth', 'Growth'],
]

/** `stats`: the paper's figures, all of them or those a topic is about, each a line to paste. */
export const stats = {
  name: 'stats',
  description: "The paper's figures (internet users, 5G, e-commerce, GDP…), all or on a topic, with a chart.",
  options: [
    {
      name: 'topic',
      description: 'What the figures should be about, e.g. "5G" or "e-commerce" (leave empty for all)',
      type: 'string',
      required: false,
      maxLength: defaultRetrieverOptions.maxQuestionLength,
      suggests: 'figures',
    },
  ],
  capabilities: { postsPublicly: true, takesText: true, hasChart: true },
  execute(input, { retriever }) {
    const topic = typeof input.topic === 'string' ? input.topic : ''
    const result = retriever.statistics(topic)
    switch (result.status) {
      case 'found': {
        // On a topic, one group in order of relevance, which the title heads; else grouped by kind.
        const ranked = result.topic !== null
        const groups: StatisticGroup[] = ranked ? [{ statistics: result.statistics }] : groupByKind(result.statistics)
        return {
          kind: 'statistics',
          topic: result.topic,
          title: result.topic === null ? 'Figures in the white paper' : `Figures about “${result.topic}”`,
          ranked,
          groups,
          chart: chartOfStatistics(result.statistics, result.topic),
        }
      }
      case 'none':
        return {
          kind: 'no-answer',
          question: result.topic,
          message: `No figure in the paper is about “${result.topic}”.`,
          topics: result.topics,
        }
      case 'invalid':
        return { kind: 'notice', message: result.message }
    }
  },
} satisfies Command

function groupByKind(statistics: readonly Statistic[]): StatisticGroup[] {
  return GROUP_TITLES.map(([kind, title]) => ({ title, statistics: statistics.filter((s) => s.kind === kind) })).filter(
    (group) => group.statistics.length > 0,
  )
}
