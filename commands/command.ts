import type { Answer, Retriever } from '../src/core/retriever.js'
import type { Statistic } from '../src/core/stats/statistic.js'
import type { BarChart } from '../src/presentation/statistics-chart.js'
import type { UsageReport } from '../src/store/usage-report.js'
import type { DocumentSummary } from './document-summary.js'

/** An option of a command, as every platform declares it (slash-command option, CLI argument). */
export interface CommandOption {
  name: string
  description: string
  type: 'string' | 'boolean'
  required: boolean
  /** Longest accepted value, for platforms that enforce it when the user types. */
  maxLength?: number
  /**
   * What to suggest while the user types it, on platforms that complete
   * options: questions the corpus answers, or the figures a topic finds.
   * @default nothing
   */
  suggests?: 'questions' | 'figures'
}

/** What a command is given: the option values as the platform parsed them. */
export type CommandInput = Readonly<Record<string, string | boolean | undefined>>

export interface CommandContext {
  retriever: Retriever
  /** How commands are typed where the reply is shown, for help. @default their bare names ("ask") */
  surface?: Surface
  /**
   * Reads how the bot was used over the last `days` days, for `report`; undefined when the store
   * it waited for did not open (the terminal opens it after its prompt).
   * @default none: `report` says no request store is open
   */
  readUsage?: (days: number) => Promise<UsageReport | undefined>
}

/** How a surface spells its commands, and the ones only it has ("/quit" in the terminal). */
export interface Surface {
  /** Written before a command's name: "/" in the terminal. @default "" */
  prefix?: string
  /** Commands only this surface has, listed after the others. @default none */
  extraCommands?: ReadonlyArray<{ name: string; description: string }>
}

/**
 * What a command answers, before any platform renders it. Adapters turn it
 * into an embed, Block Kit or terminal text; they decide nothing about it.
 */
export type Reply =
  | { kind: 'answers'; question: string; answers: Answer[] }
  /**
   * Figures, in groups, under one title ("Figures about “5G”"); `ranked` when
   * they are in order of relevance. A chart where two or more share a unit.
   */
  | { kind: 'statistics'; topic: string | null; title: string; ranked: boolean; groups: StatisticGroup[]; chart: BarChart | null }
  /** The corpus has no answer: say so, and what it does cover. */
  | { kind: 'no-answer'; question: string; message: string; topics: string[] }
  /** The documents quoted from. */
  | { kind: 'sources'; documents: DocumentSummary[] }
  /** A message without quotes: help, or what to change in an unusable question. */
  | { kind: 'notice'; message: string }

export interface StatisticGroup {
  /** The group's heading ("Amounts"); absent when the reply's title is heading enough. */
  title?: string
  statistics: Statistic[]
}

/**
 * What a command can do, which adapters read instead of naming commands.
 * Each is false unless the command says so.
 */
export interface CommandCapabilities {
  /** Its reply can be posted for everyone: Discord's `public` option, the Share button. */
  postsPublicly?: boolean
  /** It takes free text: in a message, "stats 5G" gives it "5G" as its first option. */
  takesText?: boolean
  /** Its reply may come with a chart to draw and attach. */
  hasChart?: boolean
  /** Only the users in ADMIN_USER_IDS (and the local terminal) may run it; anyone else gets a private notice. */
  adminOnly?: boolean
  /**
   * It reads the request store (`readUsage`) and nothing of the corpus, so it runs where the store is open,
   * not in the answer worker.
   */
  readsUsage?: boolean
}

/** A platform-neutral command: plain data plus `execute`. */
export interface Command {
  name: string
  description: string
  options: readonly CommandOption[]
  capabilities: CommandCapabilities
  /** Most commands answer at once; one that reads the request store answers when it has read it. */
  execute(input: CommandInput, context: CommandContext): Reply | Promise<Reply>
}

/** Whether a reply gave the user what they asked for: quotes, figures or sources, not a refusal or a notice. */
export function replyFound(reply: Reply): boolean {
  return reply.kind === 'answers' || reply.kind === 'statistics' || reply.kind === 'sources'
}
