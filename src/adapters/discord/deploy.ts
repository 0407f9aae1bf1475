import { REST, type RESTOptions, Routes } from 'discord.js'
import { discordCommandData } from './command-data.js'

export interface DeployOptions {
  token: string
  applicationId: string
  /** Register in this guild only: visible at once, good for trying the bot out. */
  guildId?: string
  apiUrl?: string
  rest?: Partial<RESTOptions>
}

/** Registers (replaces) the bot's application commands with Discord, in one guild or globally. */
export async function deployDiscordCommands({ token, applicationId, guildId, apiUrl, rest }: DeployOptions) {
  const client = new REST({ ...rest, ...(apiUrl ? { api: apiUrl } : {}) }).setToken(token)
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId)
  const registered = (await client.put(route, { body: discordCommandData() })) as Array<{ name: string }>
  return { scope: guildId ? `guild ${guildId}` : 'all guilds (global)', names: registered.map((command) => command.name) }
}
