import { SettingsError } from '../app/settings.js'
import { CorpusError } from '../corpus/corpus-error.js'

/** A problem that stops the program: one clear message on stderr, exit code 1, no stack trace for known causes. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof CorpusError) {
    process.stderr.write(`The corpus cannot be loaded:\n${error.message}\n`)
  } else if (error instanceof SettingsError) {
    process.stderr.write(`Configuration: ${error.message}\n`)
  } else if (error instanceof Error && /^(DiscordAPIError|HTTPError)/.test(error.name)) {
    process.stderr.write(`Discord refused the request: ${error.message}. Check DISCORD_TOKEN and DISCORD_APPLICATION_ID.\n`)
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exit(1)
}
