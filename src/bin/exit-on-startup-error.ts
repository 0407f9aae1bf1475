import { PortInUseError } from '../app/health.js'
import { type Platform, PlatformStartError } from '../app/platform-start-error.js'
import { SettingsError } from '../app/settings.js'
import { CorpusError } from '../corpus/corpus-error.js'
import { StoreError } from '../store/database.js'

/** A problem that stops the program: one clear message on stderr, exit code 1, no stack trace for known causes. */
export function exitOnStartupError(error: unknown): never {
  process.stderr.write(`${startupErrorMessage(error)}\n`)
  // A cause we do not know is a bug: its stack helps whoever reports it, on request.
  if (!isKnown(error) && process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`)
  process.exit(1)
}

// Errors of the network rather than of the settings: the platform is not reachable from here.
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
])
// What Slack answers when a token is wrong, revoked or of the wrong kind.
const SLACK_TOKEN_REJECTED = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
])
const VARIABLES: Record<Platform, { token: string; apiUrl: string; defaultHost: string }> = {
  Discord: { token: 'DISCORD_TOKEN', apiUrl: 'DISCORD_API_URL', defaultHost: 'discord.com' },
  Slack: { token: 'SLACK_BOT_TOKEN', apiUrl: 'SLACK_API_URL', defaultHost: 'slack.com' },
}

/** The one line that says what stopped the program and what to do about it. */
export function startupErrorMessage(error: unknown): string {
  if (error instanceof CorpusError) return `The corpus cannot be loaded:\n${error.message}`
  if (error instanceof SettingsError) return `Configuration: ${error.message}`
  if (error instanceof StoreError) return error.message
  if (error instanceof PlatformStartError) return platformMessage(error)
  if (codeOf(error) === 'EADDRINUSE') return portInUse(error)
  return `Could not start: ${messageOf(error)} (LOG_LEVEL=debug shows where)`
}

function platformMessage({ platform, apiUrl, cause }: PlatformStartError): string {
  const { token, apiUrl: apiUrlVariable, defaultHost } = VARIABLES[platform]
  if (codeOf(cause) === 'EADDRINUSE') return portInUse(cause)
  const network = causes(cause)
    .map(codeOf)
    .find((code) => code !== undefined && UNREACHABLE.has(code))
  if (network) {
    const where = apiUrl ? `${apiUrl}, the ${apiUrlVariable} setting` : defaultHost
    return `${platform} cannot be reached at ${where} (${network}). Check this machine's network connection${apiUrl ? ` and ${apiUrlVariable}` : ''}, then start again.`
  }
  if (platform === 'Discord') {
    const status = (cause as { status?: unknown }).status
    if (codeOf(cause) === 'TokenInvalid' || status === 401) {
      return `Discord rejected ${token}. Copy the bot token again (Developer Portal → your app → Bot → Reset Token) into ${token}.`
    }
    if (cause instanceof Error && /^(DiscordAPIError|HTTPError)/.test(cause.name)) {
      return `Discord refused the request: ${cause.message}. Check DISCORD_TOKEN and DISCORD_APPLICATION_ID.`
    }
  } else {
    const reason = (cause as { data?: { error?: unknown } }).data?.error
    if (typeof reason === 'string' && SLACK_TOKEN_REJECTED.has(reason)) {
      return `Slack rejected the token (${reason}). Check SLACK_BOT_TOKEN (OAuth & Permissions → Bot User OAuth Token) and, in Socket Mode, SLACK_APP_TOKEN.`
    }
    if (typeof reason === 'string') return `Slack refused the request: ${reason}. Check SLACK_BOT_TOKEN, SLACK_APP_TOKEN and SLACK_API_URL.`
  }
  const innermost = causes(cause).at(-1)
  const detail = innermost !== cause ? ` (${messageOf(innermost)})` : ''
  return `${platform} could not start: ${messageOf(cause)}${detail}. Check the ${platform} settings in .env (see the README).`
}

function portInUse(error: unknown): string {
  if (error instanceof PortInUseError) return `Port ${error.port} is in use (${error.setting}). Set ${error.setting} to a free port.`
  return `The port is in use: ${messageOf(error)}. Set PORT to a free port.`
}

function isKnown(error: unknown): boolean {
  return (
    error instanceof CorpusError ||
    error instanceof SettingsError ||
    error instanceof StoreError ||
    error instanceof PlatformStartError ||
    codeOf(error) === 'EADDRINUSE'
  )
}

/** The error and what it wraps: `cause` (fetch, undici), `original` (Slack's Web API client), an AggregateError's errors. */
function causes(error: unknown, depth = 0): unknown[] {
  if (typeof error !== 'object' || error === null || depth > 5) return []
  const { cause, original, errors } = error as { cause?: unknown; original?: unknown; errors?: unknown }
  const wrapped = [cause, original, ...(Array.isArray(errors) ? errors : [])].filter((inner) => inner !== undefined)
  return [error, ...wrapped.flatMap((inner) => causes(inner, depth + 1))]
}

function codeOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' ? code : undefined
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}
