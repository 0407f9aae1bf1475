import { createRequire } from 'node:module'
import type { Writable } from 'node:stream'
import { pino, stdTimeFunctions } from 'pino'

/** Where the programs report what happened; one line per event, never a secret. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface LoggerOptions {
  /**
   * The least severe level written.
   * @default "info"
   */
  level?: LogLevel
  /**
   * JSON lines for log collectors, or short readable lines for a person at a terminal. Readable
   * lines need the pino-pretty development dependency; without it (`npm ci --omit=dev`) they are JSON.
   * @default "json" unless the stream is a terminal
   */
  format?: 'json' | 'pretty'
}

// Settings fields that hold credentials, wherever they turn up in a log line's fields: a
// mistake such as logging `settings.slack` then writes "[redacted]" rather than the token.
const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'password']
const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`])

/** A logger writing to a stream (stderr by default): JSON lines in production, readable lines in a terminal. */
export function createLogger(stream: Writable = process.stderr, options: LoggerOptions = {}): Logger {
  const format = options.format ?? ((stream as { isTTY?: boolean }).isTTY ? 'pretty' : 'json')
  const destination = (format === 'pretty' && prettyLines(stream)) || stream
  const logger = pino(
    {
      level: options.level ?? 'info',
      // The fields log collectors and the tests read: {"time":"…ISO…","level":"info","message":"…",…}.
      messageKey: 'message',
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      base: null,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  )
  // The message goes in first, so lines read {"level":…,"time":…,"message":…, then the fields}, as before.
  return {
    debug: (message, fields = {}) => logger.debug({ message, ...fields }),
    info: (message, fields = {}) => logger.info({ message, ...fields }),
    warn: (message, fields = {}) => logger.warn({ message, ...fields }),
    // The stack as one string, not pino's error serializer: that copies an error's own fields,
    // and an HTTP client's error can carry the request's headers, bearer token and all.
    error: (message, error, fields = {}) =>
      logger.error(
        error === undefined
          ? { message, ...fields }
          : { message, ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
      ),
  }
}

/** A destination that turns pino's JSON lines into readable ones, or undefined when pino-pretty is not installed. */
function prettyLines(stream: Writable): { write(line: string): void } | undefined {
  let pretty: typeof import('pino-pretty')
  try {
    pretty = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty')
  } catch {
    return undefined
  }
  const format = pretty.prettyFactory({
    messageKey: 'message',
    translateTime: 'HH:MM:ss',
    colorize: (stream as { isTTY?: boolean }).isTTY === true,
    // One line per event, `message key=value …`; an error's stack on the lines below, as Node prints it.
    hideObject: true,
    messageFormat: (line, key) => {
      const { [key]: message, level, time, error, ...fields } = line
      const pairs = Object.entries(fields).map(([name, value]) => ` ${name}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
      return `${String(message)}${pairs.join('')}${typeof error === 'string' ? `\n${error}` : ''}`
    },
  })
  // Written synchronously, as the JSON lines are, so nothing is lost when the process exits.
  return { write: (line) => void stream.write(format(line)) }
}
