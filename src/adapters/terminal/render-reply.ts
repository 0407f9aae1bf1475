import type { Reply, StatisticGroup } from '../../../commands/index.js'
import type { Answer } from '../../core/retriever.js'
import type { Statistic } from '../../core/stats/statistic.js'
import { describeChapter, describeDocumentSize } from '../../presentation/document-outline.js'
import { splitQuote } from '../../presentation/highlight.js'
import { describeCitation, describeSource } from '../../presentation/source-line.js'
import { statisticLine } from '../../presentation/statistic-line.js'
import { DEFAULT_WIDTH, wrapText } from './wrap-text.js'

export interface TerminalStyle {
  /** Whether to use ANSI bold and dim; off when the output is not a terminal. */
  color: boolean
  /** Columns to wrap at, at spaces; links are never split. Default DEFAULT_WIDTH (80). */
  width?: number
  /** Whether a reply with a chart ends with the command that draws it; off once it has been drawn. Default true. */
  suggestChart?: boolean
}

const bold = (text: string, { color }: TerminalStyle) => (color ? `\u001b[1m${text}\u001b[22m` : text)
const dim = (text: string, { color }: TerminalStyle) => (color ? `\u001b[2m${text}\u001b[22m` : text)

/** A reply as terminal text, wrapped to the window: numbered quotes with the matched words in bold, each with its source and link. */
export function renderReply(reply: Reply, style: TerminalStyle): string {
  return wrapText(renderLines(reply, style), style.width ?? DEFAULT_WIDTH)
}

function renderLines(reply: Reply, style: TerminalStyle): string {
  switch (reply.kind) {
    case 'answers':
      return reply.answers.map((answer, i) => renderAnswer(answer, reply.answers.length > 1 ? i + 1 : 0, style)).join('\n\n')
    case 'statistics':
      return renderStatistics(reply, reply.chart === null || style.suggestChart === false ? null : (reply.topic ?? ''), style)
    case 'no-answer':
      return [reply.message, '', 'The documents cover:', ...reply.topics.map((topic) => `  • ${topic}`)].join('\n')
    case 'sources':
      // The terminal has room for every chapter; chat platforms cut the list to their limits.
      return reply.documents
        .map((document) =>
          [
            `• ${document.source.title}`,
            `  ${describeSource(document.source)} · ${describeDocumentSize(document)}`,
            `  ${dim(document.source.url, style)}`,
            ...document.chapters.map((chapter) => `    ◦ ${describeChapter(chapter)}`),
          ].join('\n'),
        )
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
  const alsoIn = (answer.alsoIn ?? []).flatMap((other) => [
    `${indent}  Also in ${other.source.title}, ${describeCitation(other)}:`,
    `${indent}  “${other.quote}”`,
    `${indent}  ${dim(other.link, style)}`,
  ])
  return [
    `${prefix}“${quote}”`,
    `${indent}— ${answer.source.title}`,
    `${indent}  ${describeCitation(answer)}`,
    `${indent}  ${dim(answer.link, style)}`,
    ...alsoIn,
  ].join('\n')
}

/**
 * Each figure a line, grouped under headings, with the number of the
 * sentence it comes from. The sentences follow once each, with their links,
 * under the document they are from: a sentence holding two figures, or a
 * source holding them all, is not repeated under every one.
 */
function renderStatistics(
  { title, ranked, groups }: Extract<Reply, { kind: 'statistics' }>,
  chartTopic: string | null,
  style: TerminalStyle,
): string {
  const sentences = new Map<string, { number: number; statistic: Statistic }>()
  const noteOf = (statistic: Statistic) => {
    const key = `${statistic.documentId}\n${statistic.quote}`
    let note = sentences.get(key)
    if (!note) sentences.set(key, (note = { number: sentences.size + 1, statistic }))
    return note.number
  }
  // The reply's title heads a group that has none: "Figures about “5G”, best first".
  const headingOf = (group: StatisticGroup) => group.title ?? `${title}${ranked ? ', best first' : ''}`
  const blocks = groups.map((group) => {
    const lines = group.statistics.map((statistic) => {
      const { figure, measures } = statisticLine(statistic)
      return `• ${bold(figure, style)} — ${measures} [${noteOf(statistic)}]`
    })
    return [bold(headingOf(group), style), ...lines].join('\n')
  })
  const byDocument = new Map<string, Array<{ number: number; statistic: Statistic }>>()
  for (const note of sentences.values())
    byDocument.set(note.statistic.documentId, [...(byDocument.get(note.statistic.documentId) ?? []), note])
  for (const notes of byDocument.values()) {
    const { source } = notes[0]!.statistic
    const quoted = notes.map(({ number, statistic }) => {
      const marker = `[${number}] `
      const indent = ' '.repeat(marker.length)
      const section = statistic.section ? `\n${indent}§ ${statistic.section}` : ''
      return `${marker}“${statistic.quote}”${section}\n${indent}${dim(statistic.link, style)}`
    })
    blocks.push([`From ${source.title}`, describeSource(source), ...quoted].join('\n'))
  }
  if (chartTopic !== null) blocks.push(dim(`As a chart: npm run stats -- --chart chart.png ${chartTopic}`.trim(), style))
  return blocks.join('\n\n')
}
