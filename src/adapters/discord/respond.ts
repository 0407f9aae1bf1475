import { type ButtonInteraction, MessageFlags, type RepliableInteraction } from 'discord.js'
import type { Responder } from '../../../commands/handle-request.js'
import type { ReplyOutcome } from '../../../commands/request.js'
import { discordButtonIds } from './buttons.js'
import { feedbackButtons } from './feedback.js'
import type { InteractionContext } from './interactions.js'
import { CHART_FILE, type DiscordMessage, renderDiscordReply } from './render.js'
import { rateLimitedFor, replyNotPosted } from './reply-rate-limit.js'

// Neutral outcome → Discord message → sent. A chart is drawn after deferring, so Discord's 3 seconds are never at risk.

/** Sends what the handler decided in answer to an interaction. */
export function responderFor(interaction: RepliableInteraction, context: InteractionContext): Responder {
  // Set once the asker was told their reply was rate-limited: that is the request's outcome, no apology follows.
  let told = false
  const notify = async (text: string) => {
    // A notice, the slow-down or the apology: privately, after whatever was already sent.
    const message = privately(asSent(renderDiscordReply({ kind: 'notice', message: text })))
    if (interaction.replied || interaction.deferred) await interaction.followUp(message)
    else await interaction.reply(message)
  }
  return {
    async send(outcome) {
      if (outcome.kind !== 'reply') {
        if (!(outcome.kind === 'apology' && told)) await notify(outcome.message)
        return
      }
      try {
        if (outcome.sharedBy !== undefined && interaction.isButton()) await share(interaction, outcome, context)
        else await reply(interaction, outcome, context)
      } catch (error) {
        const retryAfterSeconds = rateLimitedFor(error)
        if (retryAfterSeconds !== undefined) {
          context.log.warn('discord reply not posted: rate limited', { interaction: interaction.id, retryAfterSeconds })
          // Only a follow-up can say so, and only once Discord took the reply or its deferral.
          if (interaction.replied || interaction.deferred) {
            await notify(replyNotPosted(retryAfterSeconds))
            told = true
          }
        }
        throw error
      }
    },
  }
}

async function reply(interaction: RepliableInteraction, outcome: ReplyOutcome, context: InteractionContext): Promise<void> {
  const isPublic = outcome.visibility === 'public'
  if (outcome.chart) await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral })
  const chart = outcome.chart ? await context.drawChart(outcome.chart) : undefined
  const { again } = outcome
  const unbuttoned = renderDiscordReply(outcome.reply, { answers: outcome.view })
  const buttons =
    again &&
    discordButtonIds({ ...again, shareable: outcome.shareable, askedLine: unbuttoned.embeds[0]?.author?.name }, context.buttonSecret)
  const feedback = feedbackButtons(outcome, context)
  const rendered =
    buttons || feedback
      ? renderDiscordReply(outcome.reply, { answers: outcome.view, ...(buttons ? { buttons } : {}), ...(feedback ? { feedback } : {}) })
      : unbuttoned
  const message = asSent(withChart(rendered, chart))
  if (outcome.chart) await interaction.editReply(message)
  else await interaction.reply(isPublic ? message : privately(message))
}

/** The private copy loses its buttons; the channel gets the answer, marked as shared. A double click posts once. */
async function share(interaction: ButtonInteraction, outcome: ReplyOutcome, context: InteractionContext) {
  if (!(await context.seen.claim(`discord:share:${interaction.message.id}:${interaction.customId}`))) {
    await interaction.deferUpdate()
    context.log.info('share already done', { platform: 'discord', user: interaction.user.id })
    return
  }
  await interaction.update({ components: [] })
  // Drawn again: the button carries what the reply was made from, not the reply, so any instance can share it.
  const chart = outcome.chart ? await context.drawChart(outcome.chart) : undefined
  const feedback = feedbackButtons(outcome, context)
  const shared = renderDiscordReply(outcome.reply, {
    answers: outcome.view,
    sharedBy: outcome.sharedBy ?? '',
    ...(feedback ? { feedback } : {}),
  })
  await interaction.followUp(asSent(withChart(shared, chart)))
}

function withChart(message: DiscordMessage, chart: Buffer | undefined): DiscordMessage {
  return chart ? { ...message, files: [{ attachment: chart, name: CHART_FILE }] } : message
}

/**
 * The message as handed to discord.js: its embeds and buttons are already the API's JSON, so they
 * go as JSON-encodable objects, which discord.js sends as they are. Plain objects it would copy
 * with every key turned to snake case, which they already are: 20–35 µs a reply of the main
 * thread, measured, for nothing.
 */
function asSent(message: DiscordMessage) {
  return { ...message, embeds: message.embeds.map(alreadyJson), components: message.components.map(alreadyJson) }
}

function alreadyJson<T>(data: T): { toJSON(): T } {
  return { toJSON: () => data }
}

function privately<Message extends object>(message: Message) {
  return { ...message, flags: MessageFlags.Ephemeral as const }
}
