import type { BarChart } from '../src/presentation/statistics-chart.js'
import type { CommandInput, Reply } from './command.js'

export type Platform = 'discord' | 'slack' | 'terminal'

/** How a request reached the bot on its platform. */
export type Origin = 'command' | 'mention' | 'direct-message' | 'message-action' | 'button' | 'line'

/** What a reply was made from, enough to make it again: what its buttons keep. */
export interface MadeFrom {
  /** The command's name ("ask", "stats"). */
  command: string
  /** The text its first option was given. */
  text: string
  /** Who asked: only they may share a private reply. */
  user: string
  /** Which answers the reply shows: the best one, or the rest ("More results"). */
  view: 'first' | 'rest'
}

/** What was asked, as the platform delivered it. */
export type Asked =
  /** A command by name with its options by name (Discord's slash commands). */
  | { command: string; options: CommandInput }
  /** A command by name and the text typed after it, for its first option (Slack's slash commands). */
  | { command: string; text: string }
  /** Free text: "stats 5G", "/help" or a question (the terminal, mentions, direct messages). */
  | { text: string }
  /** A message whose text is the question ("Find in white paper"). */
  | { lookUp: string }
  /** A click on a button of an earlier reply, with what that reply was made from unless the button is stale or forged. */
  | { button: 'more' | 'share'; madeFrom: MadeFrom | undefined }

/** A platform-neutral request: who asked what, where and how. Mentions are already taken out of its text. */
export interface NeutralRequest {
  platform: Platform
  origin: Origin
  /** The platform's id of who asked; absent in the terminal (and for a Slack event without a user). */
  user?: string
  /** Who asked, by name: shown under a reply they share. */
  userName?: string
  /** The channel, direct message or thread, for the log. */
  where?: string
  /** The Slack workspace (team id) or Discord server (guild id), for the request store; absent in DMs and the terminal. */
  workspace?: string
  asked: Asked
  /** Whether everyone there sees the reply: Discord's `public` option, a mention, a direct message. */
  public: boolean
}

export type Visibility = 'public' | 'private'

/** A command's reply, with what the adapter needs to send it. */
export interface ReplyOutcome {
  kind: 'reply'
  reply: Reply
  visibility: Visibility
  /** Which answers of an `answers` reply to show. */
  view: 'first' | 'rest'
  /** What the reply was made from, when it may have Share and More buttons; absent for none. */
  again?: MadeFrom
  /** Whether to offer Share (the reply is private and the command can post publicly). */
  shareable: boolean
  /** The chart to draw and attach, for a command that has charts. */
  chart: BarChart | null
  /** Who shared it, when it is a shared reply. */
  sharedBy?: string
  /** The request's id, which its 👍/👎 buttons carry; absent for a reply that is not an answer (help, sources, report). */
  feedbackId?: string
}

/** What the handler decided: a reply, or a message about the request itself, always private. */
export type Outcome =
  | ReplyOutcome
  | {
      /** notice: nothing to run (an unknown command, a stale button); slow-down: over the rate limit; apology: it failed. */
      kind: 'notice' | 'slow-down' | 'apology'
      message: string
      visibility: 'private'
    }
