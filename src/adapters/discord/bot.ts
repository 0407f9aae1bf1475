import { Client, type ClientOptions, Events, GatewayIntentBits, type Interaction, MessageFlags } from 'discord.js'
import type { CommandContext } from '../../../commands/command.js'
import { createRequestHandler, type RequestHandlerOptions } from '../../../commands/handle-request.js'
import { RESTARTING } from '../../../commands/messages.js'
import { type CorpusSource, corpusServiceOf } from '../../app/corpus-service.js'
import { InFlight } from '../../app/in-flight.js'
import type { Logger } from '../../app/log.js'
import { createRateLimiter, type RateLimitOptions } from '../../app/rate-limit.js'
import { createMemorySeenKeys, type SeenKeys } from '../../app/seen-keys.js'
import { renderBarChartPng } from '../../charts/render-bar-chart.js'
import { buttonSecret } from '../shared/signed-button.js'
import type { VoteSink } from '../shared/votes.js'
import { cacheOptions } from './cache-limits.js'
import { logGatewayConnection } from './gateway-log.js'
import { handleInteraction, type InteractionContext } from './interactions.js'
import { rejectLongRateLimits } from './reply-rate-limit.js'

export interface DiscordBotOptions {
  token: string
  /** The corpus: a retriever answering in this thread, or a worker's answers (`startAnswerWorker`). */
  retriever: CorpusSource
  log: Logger
  /**
   * Discord's REST base URL, for a REST proxy or a test double.
   * @default "https://discord.com/api"
   */
  apiUrl?: string
  /** Extra discord.js REST settings (tests use short timeouts and no retries). */
  rest?: ClientOptions['rest']
  /**
   * On stop, how long interactions already being answered may take to finish.
   * @default 10000
   */
  drainTimeoutMs?: number
  /** Draws charts; the real renderer unless a test needs a slow or failing one. */
  drawChart?: InteractionContext['drawChart']
  /**
   * How long one reply (an interaction's reply, follow-up or the edit that adds a chart) may wait
   * out a 429's Retry-After; past that it is given up and its asker told, where Discord still
   * takes a follow-up. Each call waits alone: other interactions' replies are not held. @default 5000
   */
  maxReplyWaitMs?: number
  /** Per-user limit on commands. @default 10 per 30 seconds */
  rateLimit?: RateLimitOptions
  /**
   * What was already answered, so a double click on Share posts once.
   * @default in this process's memory, for ten minutes
   */
  seen?: SeenKeys
  /** Called once for every request answered, after its reply is sent. @default none */
  onFinished?: RequestHandlerOptions['onFinished']
  /** Where 👍/👎 presses go; answers carry those buttons only with it. @default none */
  votes?: VoteSink
  /** Discord user ids that may run `/report` (ADMIN_USER_IDS). @default none */
  admins?: readonly string[]
  /** What `/report` reads. @default none: it says no store is open */
  readUsage?: CommandContext['readUsage']
}

export interface DiscordBot {
  client: Client
  /** Stops taking interactions, lets those in flight finish (bounded), then disconnects. */
  stop(): Promise<void>
}

/**
 * Connects to Discord and answers interactions until stopped. Slash commands
 * are registered separately (`npm run deploy:discord`), not at every start.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<DiscordBot> {
  const { token, log, apiUrl, rest, drainTimeoutMs = 10_000 } = options
  const corpus = corpusServiceOf(options.retriever)
  const client = new Client({
    // Interactions arrive without privileged intents; Guilds keeps channel data consistent.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...rejectLongRateLimits(options.maxReplyWaitMs ?? 5_000), ...rest, ...(apiUrl ? { api: apiUrl } : {}) },
    ...cacheOptions,
  })
  const context: InteractionContext = {
    handle: createRequestHandler({
      run: corpus.run,
      ...(options.readUsage ? { readUsage: options.readUsage } : {}),
      log,
      limiter: createRateLimiter(options.rateLimit),
      ...(options.onFinished ? { onFinished: options.onFinished } : {}),
      ...(options.admins ? { admins: options.admins } : {}),
    }),
    corpus,
    log,
    // Derived from the token every shard and instance of the bot has, so each reads the others' buttons (👍/👎 too).
    buttonSecret: buttonSecret(token),
    seen: options.seen ?? createMemorySeenKeys(),
    drawChart: options.drawChart ?? renderBarChartPng,
    ...(options.votes ? { votes: options.votes } : {}),
  }
  const inFlight = new InFlight()
  let stopping = false
  client.on(Events.InteractionCreate, (interaction) => {
    // The "restarting" reply is work in flight too: the drain waits for it to be sent.
    if (stopping) void inFlight.track(sayRestarting(interaction, log))
    // The handler answers every failure itself; this only catches one in translating the interaction.
    else
      void inFlight.track(handleInteraction(interaction, context).catch((error: unknown) => log.error('discord interaction failed', error)))
  })
  // discord.js reports connection trouble here; unhandled, an 'error' event would end the process.
  client.on(Events.Error, (error) => log.error('discord client error', error))
  logGatewayConnection(client, log)
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()))
  await client.login(token)
  await ready
  log.info('discord bot ready', { user: client.user?.tag, application: client.application?.id })
  const stop = async () => {
    stopping = true
    const drained = await inFlight.drain(drainTimeoutMs)
    if (!drained) log.warn('stopped with interactions still in flight', { inFlight: inFlight.size })
    await client.destroy()
  }
  return { client, stop }
}

async function sayRestarting(interaction: Interaction, log: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([])
    else if (interaction.isRepliable()) {
      await interaction.reply({ content: RESTARTING, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } })
    }
  } catch (error) {
    log.error('could not say the bot is restarting', error)
  }
}
