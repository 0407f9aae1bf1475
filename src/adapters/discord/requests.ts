import type { ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js'
import type { NeutralRequest } from '../../../commands/request.js'
import { readDiscordButton } from './buttons.js'
import { FIND_IN_PAPER, PUBLIC_OPTION } from './command-data.js'
import { withoutMentions } from './mentions.js'

// Platform event → neutral request. Mentions are not part of what was asked.

const from = (interaction: ButtonInteraction | ChatInputCommandInteraction | MessageContextMenuCommandInteraction) => ({
  platform: 'discord' as const,
  user: interaction.user.id,
  userName: interaction.user.username,
  ...(interaction.channelId ? { where: interaction.channelId } : {}),
  ...(interaction.guildId ? { workspace: interaction.guildId } : {}),
})

/** A slash command with its options by name; `public:True` posts for everyone. */
export function commandRequest(interaction: ChatInputCommandInteraction): NeutralRequest {
  const options = Object.fromEntries(
    interaction.options.data.map(({ name, value }) => [name, typeof value === 'string' ? withoutMentions(value) : value]),
  ) as Record<string, string | boolean | undefined>
  return {
    ...from(interaction),
    origin: 'command',
    asked: { command: interaction.commandName, options },
    public: interaction.options.getBoolean(PUBLIC_OPTION) ?? false,
  }
}

/** "Find in white paper" on a message: its text is the question. */
export function lookUpRequest(interaction: MessageContextMenuCommandInteraction): NeutralRequest {
  const asked =
    interaction.commandName === FIND_IN_PAPER
      ? { lookUp: withoutMentions(interaction.targetMessage.content) }
      : { command: interaction.commandName, options: {} }
  return { ...from(interaction), origin: 'message-action', asked, public: false }
}

/** A click on Share or More: what the reply was made from, if its button is genuine and unexpired. */
export function buttonRequest(interaction: ButtonInteraction, buttonSecret: string): NeutralRequest {
  const button = readDiscordButton(interaction.customId, interaction.message.embeds[0]?.author?.name, buttonSecret)
  return {
    ...from(interaction),
    origin: 'button',
    asked: { button: button?.action ?? 'more', madeFrom: button?.madeFrom },
    public: false,
  }
}
