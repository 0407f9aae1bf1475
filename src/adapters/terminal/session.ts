import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { createRequestHandler, type RequestHandlerOptions } from '../../../commands/handle-request.js'
import type { CommandContext } from '../../../commands/index.js'
import type { Outcome } from '../../../commands/request.js'
import { errorsOnly } from './error-log.js'
import { renderReply } from './render-reply.js'
import { DEFAULT_WIDTH } from './wrap-text.js'

export interface TerminalSessionOptions {
  input: Readable
  output: Writable
  /** Where failures are logged, apart from the answers. */
  errors: Writable
  context: CommandContext
  /** Show a prompt and a greeting; off when questions are piped in, when each question is echoed before its answer instead. */
  interactive: boolean
  /** ANSI bold for matched words. */
  color: boolean
  /** Columns to wrap answers at, asked before each answer so a resized window is followed. Default: always DEFAULT_WIDTH (80). */
  width?: () => number
  /** Called once for every line answered, after its reply is written. @default none */
  onFinished?: RequestHandlerOptions['onFinished']
}

const PROMPT = 'ask> '

// Help as typed here: with the slash, and with /quit, which only the terminal has.
const TERMINAL = { prefix: '/', extraCommands: [{ name: '/quit', description: 'Leave the session (so does Ctrl+D).' }] }

/**
 * The terminal as a chat platform: each line is a question (or `/command
 * text`), answered as Discord or Slack would answer it. Ends at end of input
 * or on /quit.
 */
export async function runTerminalSession(options: TerminalSessionOptions): Promise<void> {
  const { input, output, interactive, color, width } = options
  const handle = createRequestHandler({
    context: { ...options.context, surface: TERMINAL },
    log: errorsOnly(options.errors),
    ...(options.onFinished ? { onFinished: options.onFinished } : {}),
  })
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive })
  lines.setPrompt(PROMPT)
  if (interactive) {
    output.write('Ask about the white paper in plain words. /help lists the commands, /quit leaves.\n')
    lines.prompt()
  }
  for await (const line of lines) {
    const text = line.trim()
    if (/^\/(quit|exit)$/i.test(text)) break
    if (text.length > 0) {
      // Piped questions are not shown as they are read: echo each, so an answer can be told by its question.
      if (!interactive) output.write(`${PROMPT}${text}\n`)
      const show = async (outcome: Outcome) => {
        const reply = outcome.kind === 'reply' ? outcome.reply : { kind: 'notice' as const, message: outcome.message }
        output.write(`${renderReply(reply, { color, width: width?.() ?? DEFAULT_WIDTH })}\n\n`)
      }
      await handle({ platform: 'terminal', origin: 'line', asked: { text }, public: true }, { send: show })
    }
    if (interactive) lines.prompt()
  }
  lines.close()
}
