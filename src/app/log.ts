import type { Writable } from 'node:stream'

/** Where the programs report what happened; one line per event, never a secret. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void
}

/** A logger writing JSON lines to a stream (stderr by default), so logs can be read by people and tools. */
export function createLogger(stream: Writable = process.stderr, quiet = false): Logger {
  const write = (level: string, message: string, fields: Record<string, unknown>) =>
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`)
  return {
    info: (message, fields = {}) => {
      if (!quiet) write('info', message, fields)
    },
    error: (message, error, fields = {}) =>
      write('error', message, { ...fields, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  }
}
