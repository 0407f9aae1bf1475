import { type ButtonInteraction, ComponentType, MessageFlags, type ModalSubmitInteraction, TextInputStyle } from 'discord.js'
import { EXPIRED, THANKS_NOTED, WHAT_WAS_WRONG } from '../../../commands/messages.js'
import type { ReplyOutcome } from '../../../commands/request.js'
import { readFeedback, signFeedback } from '../shared/signed-feedback.js'
import type { InteractionContext } from './interactions.js'

// 👍/👎 on Discord. The custom id is the signed value itself, so any shard or instance, or this one after a restart,
// can record the press; the "what was wrong" form after 👎 carries the same value as its own custom id.

const NOTE_FIELD = 'what_was_wrong'

/** The signed custom ids of a reply's 👍/👎, when it is an answer and votes are recorded. */
export function feedbackButtons(outcome: ReplyOutcome, context: InteractionContext): { up: string; down: string } | undefined {
  if (!context.votes || outcome.feedbackId === undefined) return undefined
  const requestId = outcome.feedbackId
  return {
    up: signFeedback({ requestId, vote: 'up' }, context.buttonSecret),
    down: signFeedback({ requestId, vote: 'down' }, context.buttonSecret),
  }
}

export const isFeedbackButton = (customId: string) => customId.startsWith('fb1.')

/** A press: recorded (replacing the user's earlier vote on that answer), then thanked privately; 👎 opens the form instead. */
export async function recordVote(interaction: ButtonInteraction, context: InteractionContext): Promise<void> {
  const state = readFeedback(interaction.customId, context.buttonSecret)
  if (!state || !context.votes) {
    await interaction.reply({ content: EXPIRED, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
    return
  }
  context.votes.vote({ requestId: state.requestId, platform: 'discord', userId: interaction.user.id, vote: state.vote })
  context.log.info('feedback', { platform: 'discord', vote: state.vote, user: interaction.user.id })
  if (state.vote === 'up') {
    await interaction.reply({ content: THANKS_NOTED, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
    return
  }
  // A form must be the first answer to the press, so its title says thanks; the vote stands if it is dismissed.
  await interaction.showModal({
    custom_id: interaction.customId,
    title: WHAT_WAS_WRONG.title,
    components: [
      {
        type: ComponentType.Label,
        label: WHAT_WAS_WRONG.label,
        component: {
          type: ComponentType.TextInput,
          custom_id: NOTE_FIELD,
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: WHAT_WAS_WRONG.maxLength,
        },
      },
    ],
  })
}

/** The form sent: the 👎 again, now with what was wrong, and a private thanks. */
export async function recordNote(interaction: ModalSubmitInteraction, context: InteractionContext): Promise<void> {
  const state = readFeedback(interaction.customId, context.buttonSecret)
  if (!state || !context.votes) {
    await interaction.reply({ content: EXPIRED, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
    return
  }
  const comment = interaction.fields.fields.has(NOTE_FIELD) ? interaction.fields.getTextInputValue(NOTE_FIELD).trim() : ''
  context.votes.vote({
    requestId: state.requestId,
    platform: 'discord',
    userId: interaction.user.id,
    vote: state.vote,
    ...(comment ? { comment } : {}),
  })
  await interaction.reply({ content: THANKS_NOTED, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
}
