import type { Writable } from 'node:stream'
import type { RequestLog } from '../../../commands/handle-request.js'

/** The terminal's log: failures go to the error stream, apart from the answers; nothing else is written. */
export function errorsOnly(errors: Writable): RequestLog {
  return {
    info: () => undefined,
    error: (message, error) => void errors.write(`${message}: ${error instanceof Error ? error.stack : String(error)}\n`),
  }
}
