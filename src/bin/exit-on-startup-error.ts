import { CorpusError } from '../corpus/corpus-error.js'

/** A problem that stops the program: one clear message on stderr, exit code 1, no stack trace for known causes. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof CorpusError) {
    process.stderr.write(`The corpus cannot be loaded:\n${error.message}\n`)
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exit(1)
}
