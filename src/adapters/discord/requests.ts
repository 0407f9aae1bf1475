import type { ButtonInteraction, ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js'
import type { NeutralRequest } from '../../../commands/request.js'
import { FIND_IN_PAPER, PUBLIC_OPTION } from './command-data.js'
import { withoutMentions } from './mentions.js'
import type { RecentReplies, RememberedReply } from './recent-replies.js'

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

export interface ButtonAction {
  action: 'share' | 'more'
  key: string
  /** Which answers the button's message shows. */
  answers: 'first' | 'rest'
}

/** Reads a button's custom id ("share:<key>:first", "more:<key>"); undefined for anything else. */
export function parseButton(customId: string): ButtonAction | undefined {
  const [action, key, view = 'first', ...rest] = customId.split(':')
  if ((action !== 'share' && action !== 'more') || !key || rest.length > 0 || (view !== 'first' && view !== 'rest')) return undefined
  return { action, key, answers: view }
}

/** A click on Share or More: what the reply was made from, if the bot still remembers it. */
export function buttonRequest(
  interaction: ButtonInteraction,
  replies: RecentReplies,
): { request: NeutralRequest; remembered: RememberedReply | undefined } {
  const button = parseButton(interaction.customId)
  const remembered = button && replies.recall(button.key)
  const madeFrom = button &&
    remembered && { command: remembered.command, text: remembered.text, user: remembered.userId, view: button.answers }
  return {
    request: { ...from(interaction), origin: 'button', asked: { button: button?.action ?? 'more', madeFrom }, public: false },
    remembered,
  }
}
