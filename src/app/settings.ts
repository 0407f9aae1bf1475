import { config } from 'dotenv'
import { z } from 'zod'
import type { StoreSettings } from '../store/open-store.js'
import { LOG_LEVELS, type LogLevel } from './log.js'
import { DEFAULT_CORPUS_DIR } from './open-retriever.js'

const snowflake = (name: string) => z.string().regex(/^\d{17,20}$/, { error: `${name} must be a Discord id: 17 to 20 digits` })
const url = (name: string) => z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL` })
const serverUrl = (name: string, protocol: RegExp, example: string) =>
  z.url({ protocol, error: `${name} must be a URL such as ${example}` })
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional())

/** A Slack user id (U…, W… for Enterprise Grid) or a Discord one (a snowflake). */
const ADMIN_ID = /^(?:[UW][A-Z0-9]{6,20}|\d{17,20})$/

/** The environment, as far as the programs read it. Every field is documented in .env.example. */
const environment = z.object({
  CORPUS_DIR: optional(z.string()),
  DISCORD_TOKEN: optional(z.string().min(50, { error: 'DISCORD_TOKEN looks too short to be a bot token' })),
  DISCORD_APPLICATION_ID: optional(snowflake('DISCORD_APPLICATION_ID')),
  DISCORD_GUILD_ID: optional(snowflake('DISCORD_GUILD_ID')),
  DISCORD_API_URL: optional(url('DISCORD_API_URL')),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, { error: 'SLACK_BOT_TOKEN must be a bot token, starting with xoxb-' })),
  SLACK_SIGNING_SECRET: optional(
    z.string().regex(/^\S{16,}$/, { error: "SLACK_SIGNING_SECRET must be the app's signing secret (Basic Information)" }),
  ),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, { error: 'SLACK_APP_TOKEN must be an app-level token, starting with xapp-' })),
  SLACK_API_URL: optional(url('SLACK_API_URL')),
  SLACK_CLIENT_ID: optional(
    z
      .string()
      .regex(/^\d+\.\d+$/, { error: "SLACK_CLIENT_ID must be the app's client id (Basic Information), such as 1234567890.1234567890" }),
  ),
  SLACK_CLIENT_SECRET: optional(
    z.string().regex(/^\S{16,}$/, { error: "SLACK_CLIENT_SECRET must be the app's client secret (Basic Information)" }),
  ),
  SLACK_STATE_SECRET: optional(
    z.string().regex(/^\S{16,}$/, { error: 'SLACK_STATE_SECRET must be at least 16 characters, without spaces: any random string' }),
  ),
  PORT: optional(
    z.coerce.number({ error: 'PORT must be a port number' }).int().min(0).max(65535, { error: 'PORT must be a port number, 0 to 65535' }),
  ),
  HOST: optional(z.string()),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })),
  HEALTH_PORT: optional(
    z.coerce
      .number({ error: 'HEALTH_PORT must be a port number' })
      .int()
      .min(0)
      .max(65535, { error: 'HEALTH_PORT must be a port number, 0 to 65535' }),
  ),
  RATE_LIMIT_REQUESTS: optional(
    z.coerce
      .number({ error: 'RATE_LIMIT_REQUESTS must be a number of questions' })
      .int()
      .min(1, { error: 'RATE_LIMIT_REQUESTS must be at least 1' }),
  ),
  RATE_LIMIT_WINDOW_SECONDS: optional(
    z.coerce
      .number({ error: 'RATE_LIMIT_WINDOW_SECONDS must be a number of seconds' })
      .int()
      .min(1, { error: 'RATE_LIMIT_WINDOW_SECONDS must be at least 1' }),
  ),
  DISCORD_SHARDS: optional(
    z.union([z.literal('auto'), z.coerce.number().int().min(1)], { error: 'DISCORD_SHARDS must be "auto" or a number of shards' }),
  ),
  DISCORD_SHARD_IDS: optional(
    z.string().regex(/^\s*\d+(\s*-\s*\d+)?(\s*,\s*\d+(\s*-\s*\d+)?)*\s*$/, {
      error: 'DISCORD_SHARD_IDS must list shard ids, such as 0,1 or 4-7',
    }),
  ),
  DATA_DIR: optional(z.string()),
  DATABASE_URL: optional(serverUrl('DATABASE_URL', /^postgres(ql)?$/, 'postgres://user:password@host:5432/database')),
  STORE_REQUESTS: optional(z.enum(['true', 'false'], { error: 'STORE_REQUESTS must be true or false' })),
  STORE_QUESTIONS: optional(z.enum(['true', 'false'], { error: 'STORE_QUESTIONS must be true or false' })),
  RETENTION_DAYS: optional(
    z.coerce.number({ error: 'RETENTION_DAYS must be a number of days' }).int().min(1, { error: 'RETENTION_DAYS must be at least 1' }),
  ),
  USER_HASH_SECRET: optional(z.string().min(16, { error: 'USER_HASH_SECRET must be at least 16 characters' })),
  REDIS_URL: optional(serverUrl('REDIS_URL', /^rediss?$/, 'redis://host:6379')),
  ADMIN_USER_IDS: optional(
    z
      .string()
      .transform((list) => list.split(/[\s,]+/).filter((id) => id !== ''))
      .pipe(
        z.array(
          z.string().regex(ADMIN_ID, {
            error: 'ADMIN_USER_IDS must be Slack user ids (U… or W…) or Discord user ids (17 to 20 digits), separated by commas',
          }),
        ),
      ),
  ),
})

/** DATA_DIR's default: the embedded database's folder, beside the corpus. */
const DEFAULT_DATA_DIR = 'data'
/** RETENTION_DAYS' default. */
const DEFAULT_RETENTION_DAYS = 90

export interface DiscordSettings {
  token: string
  /** Needed to register commands; the running bot learns it from Discord. */
  applicationId?: string
  /** Register commands in this guild only (instantly), instead of globally. */
  guildId?: string
  /** Discord's REST base URL; default Discord's own. */
  apiUrl?: string
  /** For `npm run start:sharded`: how many shards, or "auto" for Discord's recommendation. */
  shards: number | 'auto'
  /** DISCORD_SHARD_IDS: the shards this machine runs, of `shards` in all. Default: every shard. */
  shardIds?: number[]
}

export interface SlackSettings {
  /** Single-workspace mode (the default): SLACK_BOT_TOKEN. */
  botToken?: string
  /**
   * Many workspaces: SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET, instead of a bot
   * token. Each workspace installs the app at /slack/install; installations are kept in the store.
   */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string }
  /** HTTP mode: verifies that requests come from Slack. */
  signingSecret?: string
  /** Socket Mode, when set: no public URL needed. */
  appToken?: string
  /** The Web API base URL; default Slack's own. */
  apiUrl?: string
  /** HTTP mode: where to listen. Default 3000, all interfaces. */
  port: number
  host?: string
}

/** What the programs read from the environment (and from .env, which never overrides it). */
export interface Settings {
  /** CORPUS_DIR: the folder of Markdown documents and the thesaurus. Default "corpus". */
  corpusDir: string
  /** Present when DISCORD_TOKEN is set. */
  discord?: DiscordSettings
  /** Present when SLACK_BOT_TOKEN is set, or the OAuth settings are. */
  slack?: SlackSettings
  /** LOG_LEVEL: the least severe log level written. Default "info". */
  logLevel: LogLevel
  /** HEALTH_PORT: serve GET /healthz here too (for Discord-only and Socket Mode deployments). */
  healthPort?: number
  /** HOST: the address the servers listen on, Slack's and the health check's, on every platform. Default all interfaces. */
  host?: string
  /** RATE_LIMIT_REQUESTS per RATE_LIMIT_WINDOW_SECONDS for each user. Default 10 per 30 s. */
  rateLimit: { requests: number; windowSeconds: number }
  /**
   * Where requests and feedback are kept: DATA_DIR (default "data", embedded), or DATABASE_URL (a
   * shared Postgres); STORE_QUESTIONS (default true); RETENTION_DAYS (default 90); USER_HASH_SECRET
   * (default: a key drawn once and kept in the store).
   */
  store: StoreSettings
  /** STORE_REQUESTS: open the request store and record each request. Default true; false keeps nothing and shows no 👍/👎. */
  recording: boolean
  /** REDIS_URL: share rate limits and seen events (Slack retries, Share clicks) between instances through Redis. Default: each instance alone. */
  redisUrl?: string
  /** ADMIN_USER_IDS: the Slack and Discord user ids who may run `/report`. Default none (the terminal always may). */
  adminUserIds?: readonly string[]
}

/** A setting that is present but wrong. The message names the variable, never its value. */
export class SettingsError extends Error {
  readonly code = 'SETTINGS_INVALID'
  constructor(message: string) {
    super(message)
    this.name = 'SettingsError'
  }
}

/** Reads `.env` into the environment, without overriding what is already set. */
export function readEnvFile(): void {
  config({ quiet: true })
}

/** Checks and reads the settings from an environment; throws a SettingsError naming what is wrong. */
export function loadSettings(env: NodeJS.ProcessEnv): Settings {
  const parsed = environment.safeParse(env)
  if (!parsed.success) throw new SettingsError(parsed.error.issues.map((issue) => issue.message).join('\n'))
  const { CORPUS_DIR, DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_URL } = parsed.data
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL, PORT, HOST } = parsed.data
  const { LOG_LEVEL, HEALTH_PORT, DISCORD_SHARDS, DISCORD_SHARD_IDS, RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_SECONDS } = parsed.data
  const shardIds = DISCORD_SHARD_IDS ? shardList(DISCORD_SHARD_IDS, DISCORD_SHARDS) : undefined
  const { STORE_REQUESTS, DATA_DIR, DATABASE_URL, STORE_QUESTIONS, RETENTION_DAYS, USER_HASH_SECRET, REDIS_URL, ADMIN_USER_IDS } =
    parsed.data
  const oauth = slackOAuth(parsed.data)
  if (oauth && SLACK_BOT_TOKEN) {
    throw new SettingsError(
      'SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: a bot token is for one workspace, the OAuth settings for many; set one of them',
    )
  }
  if (oauth && (SLACK_APP_TOKEN || !SLACK_SIGNING_SECRET)) {
    throw new SettingsError(
      'Installing in many workspaces (SLACK_CLIENT_ID) needs HTTP mode: set SLACK_SIGNING_SECRET, and leave SLACK_APP_TOKEN empty',
    )
  }
  if (SLACK_BOT_TOKEN && !SLACK_SIGNING_SECRET && !SLACK_APP_TOKEN) {
    throw new SettingsError(
      'SLACK_BOT_TOKEN is set, but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is: set one of them',
    )
  }
  if (!SLACK_BOT_TOKEN && !oauth && (SLACK_SIGNING_SECRET || SLACK_APP_TOKEN)) {
    throw new SettingsError('SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: set the bot token too')
  }
  return {
    corpusDir: CORPUS_DIR?.trim() || DEFAULT_CORPUS_DIR,
    logLevel: LOG_LEVEL ?? 'info',
    rateLimit: { requests: RATE_LIMIT_REQUESTS ?? 10, windowSeconds: RATE_LIMIT_WINDOW_SECONDS ?? 30 },
    recording: STORE_REQUESTS !== 'false',
    store: {
      dataDir: DATA_DIR?.trim() || DEFAULT_DATA_DIR,
      ...(DATABASE_URL ? { databaseUrl: DATABASE_URL } : {}),
      keepQuestions: STORE_QUESTIONS !== 'false',
      retentionDays: RETENTION_DAYS ?? DEFAULT_RETENTION_DAYS,
      ...(USER_HASH_SECRET ? { userHashSecret: USER_HASH_SECRET } : {}),
    },
    ...(REDIS_URL ? { redisUrl: REDIS_URL } : {}),
    ...(ADMIN_USER_IDS?.length ? { adminUserIds: [...new Set(ADMIN_USER_IDS)] } : {}),
    ...(HEALTH_PORT === undefined ? {} : { healthPort: HEALTH_PORT }),
    ...(HOST?.trim() ? { host: HOST.trim() } : {}),
    ...(DISCORD_TOKEN
      ? {
          discord: {
            token: DISCORD_TOKEN,
            ...(DISCORD_APPLICATION_ID ? { applicationId: DISCORD_APPLICATION_ID } : {}),
            ...(DISCORD_GUILD_ID ? { guildId: DISCORD_GUILD_ID } : {}),
            ...(DISCORD_API_URL ? { apiUrl: DISCORD_API_URL } : {}),
            shards: DISCORD_SHARDS ?? 'auto',
            ...(shardIds ? { shardIds } : {}),
          },
        }
      : {}),
    ...(SLACK_BOT_TOKEN || oauth
      ? {
          slack: {
            ...(SLACK_BOT_TOKEN ? { botToken: SLACK_BOT_TOKEN } : {}),
            ...(oauth ? { oauth } : {}),
            ...(SLACK_SIGNING_SECRET ? { signingSecret: SLACK_SIGNING_SECRET } : {}),
            ...(SLACK_APP_TOKEN ? { appToken: SLACK_APP_TOKEN } : {}),
            ...(SLACK_API_URL ? { apiUrl: SLACK_API_URL } : {}),
            port: PORT ?? 3000,
            ...(HOST?.trim() ? { host: HOST.trim() } : {}),
          },
        }
      : {}),
  }
}

/** The OAuth settings, all three or none; throws naming those missing when only some are set. */
function slackOAuth(env: z.infer<typeof environment>): SlackSettings['oauth'] {
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret } = env
  if (!clientId && !clientSecret && !stateSecret) return undefined
  if (clientId && clientSecret && stateSecret) return { clientId, clientSecret, stateSecret }
  const missing = Object.entries({ SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret })
    .filter(([, value]) => !value)
    .map(([name]) => name)
  throw new SettingsError(
    `Installing in many workspaces needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: set ${missing.join(' and ')} too`,
  )
}

/** The shard ids DISCORD_SHARD_IDS lists ("0,1", "4-7"), each below DISCORD_SHARDS, which must then be a number. */
function shardList(text: string, total: number | 'auto' | undefined): number[] {
  if (typeof total !== 'number') {
    throw new SettingsError('DISCORD_SHARD_IDS needs DISCORD_SHARDS to be the number of shards in all machines together, not "auto"')
  }
  const ids = text.split(',').flatMap((part) => {
    const [from = 0, to = from] = part.split('-').map((end) => Number.parseInt(end.trim(), 10))
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
  })
  if (ids.length === 0 || ids.some((id) => id >= total)) {
    throw new SettingsError(`DISCORD_SHARD_IDS must list shard ids from 0 to ${total - 1} (DISCORD_SHARDS is ${total})`)
  }
  return [...new Set(ids)].sort((a, b) => a - b)
}
