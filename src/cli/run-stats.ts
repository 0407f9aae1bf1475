import { writeFile } from 'node:fs/promises'
import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { stats } from '../../commands/stats.js'
import type { Retriever, StatisticsResult } from '../core/retriever.js'
import { renderReply } from '../adapters/terminal/render-reply.js'
import { renderBarChartPng } from '../charts/render-bar-chart.js'

export interface StatsIo {
  stdout: Writable
  stderr: Writable
  /** ANSI bold for the figures in the human-readable output. */
  color: boolean
}

const USAGE = `Usage:
  npm run stats                                every figure in the paper, grouped
  npm run stats -- 5G                          the figures a topic is about, best first
  npm run stats -- --json [topic]              the same as JSON
  npm run stats -- --chart chart.png [topic]   also draw the figures that share a unit as a bar chart`

/** `npm run stats`: the corpus's figures for people (text), scripts (--json) and slides (--chart). */
export async function runStats(argv: readonly string[], openRetriever: () => Promise<Retriever>, io: StatsIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, chart: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    })
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  const topic = positionals.join(' ')
  const retriever = await openRetriever()
  const reply = stats.execute({ topic }, { retriever })
  io.stdout.write(values.json ? `${JSON.stringify(toJson(retriever.statistics(topic)))}\n` : `${renderReply(reply, { color: io.color })}\n`)

  if (values.chart !== undefined) {
    if (reply.kind !== 'statistics' || reply.chart === null) {
      io.stderr.write('No chart: fewer than two of these figures share a unit.\n')
      return 1
    }
    await writeFile(values.chart, await renderBarChartPng(reply.chart))
    io.stderr.write(`Chart written to ${values.chart}\n`)
  }
  return 0
}

/** The documented JSON shape: the topic (null for all) and the figures, with a message for unusable topics. */
export function toJson(result: StatisticsResult) {
  const statistics = result.statistics.map(({ value, number, unit, label, period, quote, source, link }) => ({
    value,
    number,
    unit,
    label,
    period,
    quote,
    source,
    link,
  }))
  return result.status === 'invalid'
    ? { topic: result.topic, stats: statistics, message: result.message }
    : { topic: result.topic, stats: statistics }
}
