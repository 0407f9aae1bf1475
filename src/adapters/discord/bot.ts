import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js'
import type { Logger } from '../../app/log.js'
import type { Retriever } from '../../core/retriever.js'
import { handleInteraction } from './interactions.js'
import { RecentReplies } from '../shared/recent-replies.js'

export interface DiscordBotOptions {
  token: string
  retriever: Retriever
  log: Logger
  /**
   * Discord's REST base URL, for a REST proxy or a test double.
   * @default "https://discord.com/api"
   */
  apiUrl?: string
  /** Extra discord.js REST settings (tests use short timeouts and no retries). */
  rest?: ClientOptions['rest']
}

export interface DiscordBot {
  client: Client
  stop(): Promise<void>
}

/**
 * Connects to Discord and answers interactions until stopped. Slash commands
 * are registered separately (`npm run deploy:discord`), not at every start.
 */
export async function startDiscordBot({ token, retriever, log, apiUrl, rest }: DiscordBotOptions): Promise<DiscordBot> {
  const client = new Client({
    // Interactions arrive without privileged intents; Guilds keeps channel data consistent.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...rest, ...(apiUrl ? { api: apiUrl } : {}) },
  })
  const context = { retriever, log, replies: new RecentReplies() }
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context))
  // discord.js reports connection trouble here; unhandled, an 'error' event would end the process.
  client.on(Events.Error, (error) => log.error('discord client error', error))
  client.on(Events.ShardDisconnect, (_event, shard) => log.info('discord gateway disconnected', { shard }))
  client.on(Events.ShardResume, (shard) => log.info('discord gateway resumed', { shard }))
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()))
  await client.login(token)
  await ready
  log.info('discord bot ready', { user: client.user?.tag, application: client.application?.id })
  return { client, stop: () => client.destroy() }
}
