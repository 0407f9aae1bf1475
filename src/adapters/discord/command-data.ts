import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js'
import { type Command, commands } from '../../../commands/index.js'

/** The message context-menu command: looks up the text of the message it is used on. */
export const FIND_IN_PAPER = 'Find in white paper'

/** The option every command that can post publicly gets on Discord: post for everyone at once. */
export const PUBLIC_OPTION = 'public'

/**
 * The application commands to register with Discord, made from the
 * platform-neutral commands, plus the message context menu.
 */
export function discordCommandData(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commands.map(slashCommand), { type: ApplicationCommandType.Message, name: FIND_IN_PAPER }]
}

function slashCommand(command: Command): RESTPostAPIApplicationCommandsJSONBody {
  const options: APIApplicationCommandOption[] = command.options.map((option) =>
    option.type === 'boolean'
      ? { type: ApplicationCommandOptionType.Boolean, name: option.name, description: option.description, required: option.required }
      : {
          type: ApplicationCommandOptionType.String,
          name: option.name,
          description: option.description.slice(0, 100),
          required: option.required,
          autocomplete: option.suggests !== undefined,
          ...(option.maxLength === undefined ? {} : { max_length: Math.min(option.maxLength, 6000) }),
        },
  )
  if (command.capabilities.postsPublicly) {
    options.push({
      type: ApplicationCommandOptionType.Boolean,
      name: PUBLIC_OPTION,
      description: 'Post the answer for everyone in the channel (default: only you see it)',
      required: false,
    })
  }
  return { type: ApplicationCommandType.ChatInput, name: command.name, description: command.description.slice(0, 100), options }
}
