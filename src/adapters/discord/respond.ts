import { type ButtonInteraction, MessageFlags, type RepliableInteraction } from 'discord.js'
import type { Responder } from '../../../commands/handle-request.js'
import type { ReplyOutcome } from '../../../commands/request.js'
import { feedbackButtons } from './feedback.js'
import type { InteractionContext } from './interactions.js'
import type { RememberedReply } from './recent-replies.js'
import { CHART_FILE, type DiscordMessage, renderDiscordReply } from './render.js'

// Neutral outcome → Discord message → sent. A chart is drawn after deferring, so Discord's 3 seconds are never at risk.

/** Sends what the handler decided in answer to an interaction; `remembered` is what a clicked button pointed to. */
export function responderFor(interaction: RepliableInteraction, context: InteractionContext, remembered?: RememberedReply): Responder {
  return {
    async send(outcome) {
      if (outcome.kind !== 'reply') {
        // A notice, the slow-down or the apology: privately, after whatever was already sent.
        const message = privately(renderDiscordReply({ kind: 'notice', message: outcome.message }))
        if (interaction.replied || interaction.deferred) await interaction.followUp(message)
        else await interaction.reply(message)
      } else if (outcome.sharedBy !== undefined && interaction.isButton()) await share(interaction, outcome, context, remembered)
      else await reply(interaction, outcome, context)
    },
  }
}

async function reply(interaction: RepliableInteraction, outcome: ReplyOutcome, context: InteractionContext): Promise<void> {
  const isPublic = outcome.visibility === 'public'
  if (outcome.chart) await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral })
  const chart = outcome.chart ? await context.drawChart(outcome.chart) : undefined
  const { again } = outcome
  const key =
    again && context.replies.remember({ command: again.command, text: again.text, userId: again.user, ...(chart ? { chart } : {}) })
  const feedback = feedbackButtons(outcome, context)
  const rendered = renderDiscordReply(outcome.reply, {
    answers: outcome.view,
    ...(key ? { key } : {}),
    shareable: outcome.shareable,
    ...(feedback ? { feedback } : {}),
  })
  const message = withChart(rendered, chart)
  if (outcome.chart) await interaction.editReply(message)
  else await interaction.reply(isPublic ? message : privately(message))
}

/** The private copy loses its buttons; the channel gets the answer, marked as shared. A double click posts once. */
async function share(interaction: ButtonInteraction, outcome: ReplyOutcome, context: InteractionContext, remembered?: RememberedReply) {
  if (!(await context.seen.claim(`discord:share:${interaction.message.id}:${interaction.customId}`))) {
    await interaction.deferUpdate()
    context.log.info('share already done', { platform: 'discord', user: interaction.user.id })
    return
  }
  await interaction.update({ components: [] })
  const chart = remembered?.chart ?? (outcome.chart ? await context.drawChart(outcome.chart) : undefined)
  const feedback = feedbackButtons(outcome, context)
  const shared = renderDiscordReply(outcome.reply, {
    answers: outcome.view,
    sharedBy: outcome.sharedBy ?? '',
    ...(feedback ? { feedback } : {}),
  })
  await interaction.followUp(withChart(shared, chart))
}

function withChart(message: DiscordMessage, chart: Buffer | undefined): DiscordMessage {
  return chart ? { ...message, files: [{ attachment: chart, name: CHART_FILE }] } : message
}

function privately(message: DiscordMessage) {
  return { ...message, flags: MessageFlags.Ephemeral as const }
}
