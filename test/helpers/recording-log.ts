import type { Logger } from '../../src/app/log.js'

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error'
  message: string
  fields: Record<string, unknown>
}

/** A logger that keeps its lines for the test to read. */
export function recordingLog(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = []
  const line =
    (level: LogLine['level']) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, message, fields })
  return {
    lines,
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: (message, error, fields = {}) => void lines.push({ level: 'error', message, fields: { ...fields, error } }),
  }
}
