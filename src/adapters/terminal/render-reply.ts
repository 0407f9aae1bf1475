import type { Reply } from '../../../commands/index.js'
import type { Answer } from '../../core/retriever.js'
import { splitQuote } from '../../presentation/highlight.js'
import { describeSource } from '../../presentation/source-line.js'
import { statisticLine } from '../../presentation/statistic-line.js'
import type { StatisticGroup } from '../../../commands/index.js'

export interface TerminalStyle {
  /** Whether to use ANSI bold and dim; off when the output is not a terminal. */
  color: boolean
  /** Whether a reply with a chart ends with the command that draws it; off once it has been drawn. Default true. */
  suggestChart?: boolean
}

const bold = (text: string, { color }: TerminalStyle) => (color ? `\u001b[1m${text}\u001b[22m` : text)
const dim = (text: string, { color }: TerminalStyle) => (color ? `\u001b[2m${text}\u001b[22m` : text)

/** A reply as terminal text: numbered quotes with the matched words in bold, each with its source and link. */
export function renderReply(reply: Reply, style: TerminalStyle): string {
  switch (reply.kind) {
    case 'answers':
      return reply.answers.map((answer, i) => renderAnswer(answer, reply.answers.length > 1 ? i + 1 : 0, style)).join('\n\n')
    case 'statistics':
      return renderStatistics(reply.groups, reply.chart === null || style.suggestChart === false ? null : (reply.topic ?? ''), style)
    case 'no-answer':
      return [reply.message, '', 'The documents cover:', ...reply.topics.map((topic) => `  • ${topic}`)].join('\n')
    case 'sources':
      return reply.documents
        .map(({ source, passages }) => `• ${source.title}\n  ${describeSource(source)} · ${passages} passages\n  ${dim(source.url, style)}`)
        .join('\n')
    case 'notice':
      return reply.message
  }
}

function renderAnswer(answer: Answer, number: number, style: TerminalStyle): string {
  const quote = splitQuote(answer.quote, answer.highlights)
    .map((run) => (run.highlighted ? bold(run.text, style) : run.text))
    .join('')
  const prefix = number > 0 ? `${number}. ` : ''
  const indent = ' '.repeat(prefix.length)
  return [
    `${prefix}“${quote}”`,
    `${indent}— ${answer.source.title}`,
    `${indent}  ${describeSource(answer.source)}`,
    `${indent}  ${dim(answer.link, style)}`,
  ].join('\n')
}

/** Each figure a line to paste, its sentence dimmed beneath, grouped under headings. */
function renderStatistics(groups: readonly StatisticGroup[], chartTopic: string | null, style: TerminalStyle): string {
  const blocks = groups.map(({ title, statistics }) => {
    const lines = statistics.map((statistic) => {
      const { figure, measures, source } = statisticLine(statistic)
      return [`• ${bold(figure, style)} — ${measures} · ${source}`, `  ${dim(`“${statistic.quote}” ${statistic.link}`, style)}`].join('\n')
    })
    return [bold(title, style), ...lines].join('\n')
  })
  if (chartTopic !== null) blocks.push(dim(`As a chart: npm run stats -- --chart chart.png ${chartTopic}`.trim(), style))
  return blocks.join('\n\n')
}
