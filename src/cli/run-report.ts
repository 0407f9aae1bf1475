import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Writable } from 'node:stream'
import { parseArgs } from 'node:util'
import { renderBarChartsPng } from '../charts/render-bar-chart.js'
import { chartsOfUsageReport } from '../presentation/usage-report-chart.js'
import { usageReportText } from '../presentation/usage-report-text.js'
import { type Database, StoreError } from '../store/database.js'
import { readUsageReport } from '../store/usage-report.js'

export interface ReportIo {
  stdout: Writable
  stderr: Writable
  /** @default () => new Date() */
  now?: () => Date
}

const USAGE = `Usage:
  npm run report                         the last 30 days: questions asked and answered, what went unanswered, feedback
  npm run report -- --days 7             the last 7 days (today included)
  npm run report -- --json               the same as one JSON object
  npm run report -- --chart report.png   also draw the answer rate by day and the unanswered topics`

const DAY_MS = 86_400_000
const DEFAULT_DAYS = 30

/** `npm run report`: how the bot is used, read from the request store. Bad input: one line, exit 1, nothing written. */
export async function runReport(argv: readonly string[], openStore: () => Promise<Database>, io: ReportIo): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`report: ${message}\n`)
    return 1
  }
  let values: { json?: boolean; chart?: string; days?: string; help?: boolean }
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: [...argv],
      options: { json: { type: 'boolean' }, chart: { type: 'string' }, days: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }))
  } catch (error) {
    return fail(`${(error as Error).message.split('\n')[0]} (see --help)`)
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (positionals.length > 0) return fail(`unexpected argument "${positionals[0]}" (see --help)`)
  const days = values.days === undefined ? DEFAULT_DAYS : Number(values.days)
  if (!Number.isInteger(days) || days < 1 || days > 3650) return fail('--days must be a whole number of days, 1 to 3650')
  const chartFile = values.chart
  if (chartFile !== undefined) {
    if (!chartFile.toLowerCase().endsWith('.png')) return fail(`--chart must name a .png file, not "${chartFile}"`)
    if (!existsSync(path.dirname(path.resolve(chartFile)))) return fail(`--chart: the folder ${path.dirname(chartFile)} does not exist`)
  }

  // The period ends with today (UTC): the last `days` whole days.
  const today = new Date((io.now ?? (() => new Date()))())
  const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + DAY_MS)
  const from = new Date(to.getTime() - days * DAY_MS)

  let db: Database
  try {
    db = await openStore()
  } catch (error) {
    if (error instanceof StoreError) return fail(error.message)
    throw error
  }
  let report: Awaited<ReturnType<typeof readUsageReport>>
  try {
    report = await readUsageReport(db, { from, to })
  } finally {
    await db.close()
  }

  if (chartFile !== undefined) {
    const charts = chartsOfUsageReport(report)
    if (charts.length === 0) return fail('no chart: nobody asked anything in this period')
    const png = await renderBarChartsPng(`How the bot was used, last ${days} day${days === 1 ? '' : 's'}`, charts)
    try {
      await writeFile(chartFile, png)
    } catch (error) {
      return fail(`--chart: ${chartFile} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }
  io.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${usageReportText(report)}\n`)
  if (chartFile !== undefined) io.stderr.write(`Chart written to ${chartFile}\n`)
  return 0
}
