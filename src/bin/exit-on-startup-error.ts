import { SettingsError } from '../app/settings.js'
import { CorpusError } from '../corpus/corpus-error.js'

/** A problem that stops the program: one clear message on stderr, exit code 1, no stack trace for known causes. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof CorpusError) {
    process.stderr.write(`The corpus cannot be loaded:\n${error.message}\n`)
  } else if (error instanceof SettingsError) {
    process.stderr.write(`Configuration: ${error.message}\n`)
  } else if (isCoded(error) && error.code === 'EADDRINUSE') {
    process.stderr.write(`The port is in use: ${error.message}. Set PORT to a free port.\n`)
  } else if (isCoded(error) && error.code.startsWith('slack_')) {
    const reason = (error as { data?: { error?: string } }).data?.error ?? error.message
    process.stderr.write(`Slack refused the request: ${reason}. Check SLACK_BOT_TOKEN, SLACK_APP_TOKEN and SLACK_API_URL.\n`)
  } else if (error instanceof Error && /^(DiscordAPIError|HTTPError)/.test(error.name)) {
    process.stderr.write(`Discord refused the request: ${error.message}. Check DISCORD_TOKEN and DISCORD_APPLICATION_ID.\n`)
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exit(1)
}

function isCoded(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string'
}
