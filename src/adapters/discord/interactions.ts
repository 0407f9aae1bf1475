import type { AutocompleteInteraction, Interaction } from 'discord.js'
import type { RequestHandler } from '../../../commands/handle-request.js'
import { findCommand } from '../../../commands/index.js'
import type { CorpusService } from '../../app/corpus-service.js'
import type { Logger } from '../../app/log.js'
import type { SeenKeys } from '../../app/seen-keys.js'
import type { renderBarChartPng } from '../../charts/render-bar-chart.js'
import type { VoteSink } from '../shared/votes.js'
import { completionsFor } from './autocomplete.js'
import { isFeedbackButton, recordNote, recordVote } from './feedback.js'
import { withoutMentions } from './mentions.js'
import { buttonRequest, commandRequest, lookUpRequest } from './requests.js'
import { responderFor } from './respond.js'

export interface InteractionContext {
  /** Answers every request: the rate limit, the log line and the apology are its. */
  handle: RequestHandler
  /** The corpus, for completions while the user types. */
  corpus: CorpusService
  /** Signs and checks the Share, More and 👍/👎 buttons' state; the same on every shard and instance. */
  buttonSecret: string
  log: Logger
  /** Draws a chart as PNG; the real renderer unless a test swaps it. */
  drawChart: typeof renderBarChartPng
  /** What was already answered, so a double click on Share posts once. */
  seen: SeenKeys
  /** Where 👍/👎 go; without it answers have no such buttons. */
  votes?: VoteSink
}

/** Translates one interaction into a neutral request and hands it to the handler; autocomplete is Discord's own. */
export async function handleInteraction(interaction: Interaction, context: InteractionContext): Promise<void> {
  if (interaction.isAutocomplete()) await complete(interaction, context)
  else if (interaction.isChatInputCommand()) await context.handle(commandRequest(interaction), responderFor(interaction, context))
  else if (interaction.isMessageContextMenuCommand()) await context.handle(lookUpRequest(interaction), responderFor(interaction, context))
  // 👍/👎 first: every other button id is a Share or More, and an unknown one is answered "expired" there.
  else if (interaction.isButton() && isFeedbackButton(interaction.customId)) await recordVote(interaction, context)
  else if (interaction.isModalSubmit()) await recordNote(interaction, context)
  else if (interaction.isButton())
    await context.handle(buttonRequest(interaction, context.buttonSecret), responderFor(interaction, context))
}

/** Completions while the user types; when they fail, none (Discord shows its own "loading failed"). */
async function complete(interaction: AutocompleteInteraction, { corpus, log }: InteractionContext): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true)
    const option = findCommand(interaction.commandName)?.options.find(({ name }) => name === focused.name)
    await interaction.respond(await completionsFor(option?.suggests, withoutMentions(String(focused.value)), corpus))
  } catch (error) {
    log.error('discord autocomplete failed', error, { interaction: interaction.id })
    if (!interaction.responded)
      await interaction.respond([]).catch((failure: unknown) => log.error('could not answer autocomplete', failure))
  }
}
