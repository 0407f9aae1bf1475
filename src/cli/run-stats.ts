import { writeFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { stats } from '../../commands/stats.js'
import { renderReply } from '../adapters/terminal/render-reply.js'
import { renderBarChartPng } from '../charts/render-bar-chart.js'
import type { Retriever, StatisticsResult } from '../core/retriever.js'
import { parseCommandLine } from './parse-command-line.js'

export interface StatsIo {
  stdout: Writable
  stderr: Writable
  /** ANSI bold for the figures in the human-readable output. */
  color: boolean
  /** Columns to wrap the human-readable output at. Default 80. */
  width?: number
}

const USAGE = `Usage:
  npm run stats                                every figure in the paper, grouped
  npm run stats -- 5G                          the figures a topic is about, best first
  npm run stats -- --json [topic]              the same as JSON
  npm run stats -- --chart chart.png [topic]   also draw the figures that share a unit as a bar chart`

/** `npm run stats`: the corpus's figures for people (text), scripts (--json) and slides (--chart). */
export async function runStats(argv: readonly string[], openRetriever: () => Promise<Retriever>, io: StatsIo): Promise<number> {
  const parsed = parseCommandLine(argv, { flags: ['json'], values: ['chart'] }, USAGE, io)
  if ('exitCode' in parsed) return parsed.exitCode
  const chartFile = parsed.values.get('chart')
  const topic = parsed.words.join(' ')
  const retriever = await openRetriever()
  const reply = stats.execute({ topic }, { retriever })
  io.stdout.write(
    parsed.flags.has('json')
      ? `${JSON.stringify(toJson(retriever.statistics(topic)))}\n`
      : `${renderReply(reply, { color: io.color, width: io.width, suggestChart: chartFile === undefined })}\n`,
  )

  if (chartFile !== undefined) {
    if (reply.kind !== 'statistics' || reply.chart === null) {
      io.stderr.write('No chart: fewer than two of these figures share a unit.\n')
      return 1
    }
    await writeFile(chartFile, await renderBarChartPng(reply.chart))
    io.stderr.write(`Chart written to ${chartFile}\n`)
  }
  return 0
}

/** The documented JSON shape: the topic (null for all) and the figures, with a message for unusable topics. */
function toJson(result: StatisticsResult) {
  const statistics = result.statistics.map(({ value, number, unit, label, period, quote, source, section, link }) => ({
    value,
    number,
    unit,
    label,
    period,
    quote,
    source,
    // Which part of the document the figure is in; null where it has no headings.
    section: section ?? null,
    link,
  }))
  return result.status === 'invalid'
    ? { topic: result.topic, stats: statistics, message: result.message }
    : { topic: result.topic, stats: statistics }
}
