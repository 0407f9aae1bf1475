import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js'
import { ask } from '../../../commands/ask.js'
import { type CommandInput, findCommand, type Reply, replyFound } from '../../../commands/index.js'
import { type Logger, logRequest } from '../../app/log.js'
import { type RateLimiter, slowDown } from '../../app/rate-limit.js'
import type { SeenKeys } from '../../app/seen-keys.js'
import { renderBarChartPng } from '../../charts/render-bar-chart.js'
import { defaultRetrieverOptions } from '../../core/options.js'
import type { Retriever } from '../../core/retriever.js'
import { completionsFor } from './autocomplete.js'
import { FIND_IN_PAPER, PUBLIC_OPTION } from './command-data.js'
import { truncateAtWord } from './limits.js'
import { withoutMentions } from './mentions.js'
import type { RecentReplies } from './recent-replies.js'
import { CHART_FILE, type DiscordMessage, type RenderOptions, renderDiscordReply } from './render.js'

export interface InteractionContext {
  retriever: Retriever
  replies: RecentReplies
  log: Logger
  /** Per-user limit on commands; autocomplete and buttons are not counted. */
  limiter: RateLimiter
  /** Draws a chart as PNG; the real renderer unless a test swaps it. */
  drawChart?: typeof renderBarChartPng
  /** What was already answered, so a double click on Share posts once. */
  seen: SeenKeys
}

// When each interaction arrived, for the latency in the request log.
const received = new WeakMap<Interaction, number>()

export const APOLOGY = 'Sorry — something went wrong answering that. Please try again in a moment.'
export const EXPIRED = 'This button has expired. Run the command again to get a fresh answer.'

/**
 * Answers one interaction. It is the error boundary: whatever goes wrong is
 * logged and answered with a short private apology, and the bot goes on.
 */
export async function handleInteraction(interaction: Interaction, context: InteractionContext): Promise<void> {
  received.set(interaction, performance.now())
  try {
    if (interaction.isChatInputCommand()) await answerCommand(interaction, context)
    else if (interaction.isAutocomplete()) {
      const focused = interaction.options.getFocused(true)
      await interaction.respond(completionsFor(focused.name, withoutMentions(String(focused.value)), context.retriever))
    } else if (interaction.isButton()) await answerButton(interaction, context)
    else if (interaction.isMessageContextMenuCommand()) await findInPaper(interaction, context)
  } catch (error) {
    context.log.error('interaction failed', error, { interaction: interaction.id, type: interaction.type })
    await apologise(interaction, context.log)
  }
}

async function answerCommand(interaction: ChatInputCommandInteraction, context: InteractionContext): Promise<void> {
  const command = findCommand(interaction.commandName)
  if (!command) {
    await interaction.reply(privately(notice(`I don't know /${interaction.commandName} (it may have been removed). Try /help.`)))
    return
  }
  if (!(await withinLimit(interaction, context))) return
  const input: Record<string, string | boolean | undefined> = {}
  for (const option of command.options) {
    const text = interaction.options.getString(option.name)
    input[option.name] =
      option.type === 'boolean'
        ? (interaction.options.getBoolean(option.name) ?? undefined)
        : text === null
          ? undefined
          : withoutMentions(text)
  }
  const isPublic = interaction.options.getBoolean(PUBLIC_OPTION) ?? false
  await send(interaction, command.execute(input as CommandInput, context), isPublic, context)
}

/** "Find in white paper" on a message: its text is the question. */
async function findInPaper(interaction: MessageContextMenuCommandInteraction, context: InteractionContext): Promise<void> {
  if (interaction.commandName !== FIND_IN_PAPER) {
    await interaction.reply(privately(notice("I don't know that command. Try /help.")))
    return
  }
  if (!(await withinLimit(interaction, context))) return
  const text = withoutMentions(interaction.targetMessage.content)
  if (text.length === 0) {
    await interaction.reply(privately(notice('That message has no text to look up.')))
    return
  }
  const question = truncateAtWord(text, defaultRetrieverOptions.maxQuestionLength).replace(/…$/, '')
  await send(interaction, ask.execute({ question }, context), false, context)
}

/** Replies with a command's result; a chart is drawn after deferring, so Discord's 3 seconds are never at risk. */
async function send(interaction: RepliableInteraction, reply: Reply, isPublic: boolean, context: InteractionContext): Promise<void> {
  const interactive = reply.kind === 'answers' || reply.kind === 'statistics'
  const needsChart = reply.kind === 'statistics' && reply.chart !== null
  if (needsChart) await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral })
  const chart = reply.kind === 'statistics' && reply.chart ? await (context.drawChart ?? renderBarChartPng)(reply.chart) : undefined
  const key = interactive ? context.replies.remember({ reply, userId: interaction.user.id, ...(chart ? { chart } : {}) }) : undefined
  const message = withChart(renderDiscordReply(reply, { answers: 'first', ...(key ? { key } : {}), shareable: !isPublic }), chart)
  if (needsChart) await interaction.editReply(message)
  else await interaction.reply(isPublic ? message : privately(message))
  const command = interaction.isCommand() ? interaction.commandName : 'unknown'
  logRequest(context.log, {
    platform: 'discord',
    command,
    latencyMs: performance.now() - (received.get(interaction) ?? performance.now()),
    found: replyFound(reply),
    user: interaction.user.id,
  })
}

export interface ButtonAction {
  action: 'share' | 'more'
  key: string
  /** Which answers the button's message shows. */
  answers: NonNullable<RenderOptions['answers']>
}

/** Reads a button's custom id ("share:<key>:first", "more:<key>"); undefined for anything else. */
export function parseButton(customId: string): ButtonAction | undefined {
  const [action, key, view = 'first', ...rest] = customId.split(':')
  if ((action !== 'share' && action !== 'more') || !key || rest.length > 0 || (view !== 'first' && view !== 'rest')) return undefined
  return { action, key, answers: view }
}

async function answerButton(interaction: ButtonInteraction, context: InteractionContext): Promise<void> {
  const button = parseButton(interaction.customId)
  const remembered = button && context.replies.recall(button.key)
  if (!button || !remembered) {
    await interaction.reply(privately(notice(EXPIRED)))
    return
  }
  const { action, key, answers } = button
  if (action === 'more') {
    const message = renderDiscordReply(remembered.reply, { answers: 'rest', key, shareable: true })
    await interaction.reply(privately(message))
    return
  }
  if (remembered.userId !== interaction.user.id) {
    await interaction.reply(privately(notice('Only the person who asked can share this answer.')))
    return
  }
  // A double click arrives as two interactions: the second is acknowledged and posts nothing.
  if (!(await context.seen.claim(`discord:share:${interaction.message.id}:${interaction.customId}`))) {
    await interaction.deferUpdate()
    context.log.info('share already done', { platform: 'discord', user: interaction.user.id })
    return
  }
  // The private copy loses its buttons; the channel gets the answer, marked as shared.
  await interaction.update({ components: [] })
  const shared = renderDiscordReply(remembered.reply, { answers, sharedBy: interaction.user.username })
  await interaction.followUp(withChart(shared, remembered.chart))
}

/** Counts the command against the user's limit; over it, tells them when to come back. */
async function withinLimit(interaction: RepliableInteraction, context: InteractionContext): Promise<boolean> {
  const decision = await context.limiter.take(`discord:${interaction.user.id}`)
  if (decision.allowed) return true
  await interaction.reply(privately(notice(slowDown(decision.retryAfterSeconds))))
  context.log.info('rate limited', { platform: 'discord', user: interaction.user.id })
  return false
}

function withChart(message: DiscordMessage, chart: Buffer | undefined): DiscordMessage {
  return chart ? { ...message, files: [{ attachment: chart, name: CHART_FILE }] } : message
}

function privately(message: DiscordMessage) {
  return { ...message, flags: MessageFlags.Ephemeral as const }
}

function notice(message: string): DiscordMessage {
  return renderDiscordReply({ kind: 'notice', message })
}

async function apologise(interaction: Interaction, log: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([])
    } else if (interaction.isRepliable()) {
      const apology = privately(notice(APOLOGY))
      if (interaction.replied || interaction.deferred) await interaction.followUp(apology)
      else await interaction.reply(apology)
    }
  } catch (error) {
    log.error('could not apologise', error, { interaction: interaction.id })
  }
}
