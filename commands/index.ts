import { about } from './about.js'
import { ask } from './ask.js'
import type { Command } from './command.js'
import { createHelp } from './help.js'
import { report } from './report.js'
import { sources } from './sources.js'
import { stats } from './stats.js'

/** Every command, in the order help lists them. Each adapter renders these. */
export const commands: readonly Command[] = [ask, stats, sources, about, report, createHelp(() => commands)]

export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name.toLowerCase())
}

export type { Command, CommandContext, Reply, StatisticGroup } from './command.js'
export { type ChapterSummary, type DocumentSummary, summarizeDocument } from './document-summary.js'
