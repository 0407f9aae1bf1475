import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { ask } from '../../commands/ask.js'
import { renderReply } from '../adapters/terminal/render-reply.js'
import type { AskResult, Retriever } from '../core/retriever.js'
import { parseCommandLine } from './parse-command-line.js'

export interface AskIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable
  /** ANSI bold for matched words in the human-readable output. */
  color: boolean
  /** Columns to wrap the human-readable output at. Default 80. */
  width?: number
}

const USAGE = `Usage:
  npm run ask -- "What does the white paper say about 5G?"
  npm run ask -- --json "question"        one JSON object
  npm run ask -- --json < questions.txt   one JSON object per input line (JSON Lines)`

/** `npm run ask`: answers one question, or with --json and no question, every line of standard input. */
export async function runAsk(argv: readonly string[], openRetriever: () => Promise<Retriever>, io: AskIo): Promise<number> {
  const parsed = parseCommandLine(argv, { flags: ['json'] }, USAGE, io)
  if ('exitCode' in parsed) return parsed.exitCode
  const json = parsed.flags.has('json')
  const positionals = parsed.words
  const question = positionals.join(' ')
  if (!json && question.trim().length === 0) {
    io.stderr.write(`Ask a question.\n${USAGE}\n`)
    return 2
  }
  const retriever = await openRetriever()
  if (!json) {
    io.stdout.write(`${renderReply(ask.execute({ question }, { retriever }), { color: io.color, width: io.width })}\n`)
    return 0
  }
  if (positionals.length > 0) {
    io.stdout.write(`${JSON.stringify(toJson(retriever.ask(question)))}\n`)
    return 0
  }
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    io.stdout.write(`${JSON.stringify(toJson(retriever.ask(line)))}\n`)
  }
  return 0
}

/** The documented JSON shape: query, answers (empty when the corpus has none) and, for unusable questions, a message. */
function toJson(result: AskResult) {
  const answers = result.answers.map(({ quote, passageId, score, link, source, section, alsoIn }) => ({
    quote,
    passageId,
    score,
    link,
    source,
    // null, not absent, where the document has no headings: the shape is the same for every answer.
    section: section ?? null,
    // The same fact in other documents, when there are any.
    ...(alsoIn
      ? {
          alsoIn: alsoIn.map((other) => ({
            quote: other.quote,
            passageId: other.passageId,
            link: other.link,
            source: other.source,
            section: other.section ?? null,
          })),
        }
      : {}),
  }))
  if (result.status === 'invalid') return { query: result.question, answers, message: result.message }
  // A question about documents themselves: their sources say who published them and when.
  if (result.status === 'documents')
    return { query: result.question, answers, documents: result.documents.map(({ id, source }) => ({ id, source })) }
  return { query: result.question, answers }
}
