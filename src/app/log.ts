import type { Writable } from 'node:stream'

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
   * JSON lines for log collectors, or short readable lines for a person at a terminal.
   * @default "json" unless the stream is a terminal
   */
  format?: 'json' | 'pretty'
}

/** A logger writing to a stream (stderr by default): JSON lines in production, readable lines in a terminal. */
export function createLogger(stream: Writable = process.stderr, options: LoggerOptions = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level ?? 'info')
  const format = options.format ?? ((stream as { isTTY?: boolean }).isTTY ? 'pretty' : 'json')
  const write = (level: LogLevel, message: string, fields: Record<string, unknown>) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return
    const time = new Date().toISOString()
    stream.write(
      format === 'json'
        ? `${JSON.stringify({ time, level, message, ...fields })}\n`
        : `${time.slice(11, 19)} ${level.padEnd(5)} ${message}${Object.entries(fields)
            .map(([key, value]) => ` ${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
            .join('')}\n`,
    )
  }
  return {
    debug: (message, fields = {}) => write('debug', message, fields),
    info: (message, fields = {}) => write('info', message, fields),
    warn: (message, fields = {}) => write('warn', message, fields),
    error: (message, error, fields = {}) =>
      write('error', message, error === undefined ? fields : { ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  }
}

/** What is logged for each answered request: enough to watch the service, nothing about who asked but an id. */
export interface RequestRecord {
  platform: 'discord' | 'slack' | 'terminal'
  command: string
  /** From receiving the request to sending the reply. */
  latencyMs: number
  /** Whether the reply had an answer or figures (false for "the paper doesn't say"). */
  found: boolean
  /** The platform's id of the user, never a name. */
  user?: string
}

export function logRequest(log: Logger, record: RequestRecord): void {
  log.info('answered', { ...record, latencyMs: Math.round(record.latencyMs * 10) / 10 })
}
