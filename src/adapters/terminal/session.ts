import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { ask } from '../../../commands/ask.js'
import { type Command, type CommandContext, commands, createHelp, findCommand, type Reply } from '../../../commands/index.js'
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
}

const PROMPT = 'ask> '

// Help as typed here: with the slash, and with /quit, which only the terminal has.
const terminalHelp = createHelp(() => [
  ...commands.map(({ name, description }) => ({ name: `/${name}`, description })),
  { name: '/quit', description: 'Leave the session (so does Ctrl+D).' },
])

/**
 * The terminal as a chat platform: each line is a question (or `/command
 * text`), answered as Discord or Slack would answer it. Ends at end of input
 * or on /quit.
 */
export async function runTerminalSession(options: TerminalSessionOptions): Promise<void> {
  const { input, output, interactive } = options
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
      output.write(`${answerLine(text, options)}\n\n`)
    }
    if (interactive) lines.prompt()
  }
  lines.close()
}

/** One line's reply; an error answering one line never ends the session. */
function answerLine(text: string, { context, color, width, errors }: TerminalSessionOptions): string {
  try {
    return renderReply(replyTo(text, context), { color, width: width?.() ?? DEFAULT_WIDTH })
  } catch (error) {
    errors.write(`error answering ${JSON.stringify(text.slice(0, 200))}: ${error instanceof Error ? error.stack : String(error)}\n`)
    return 'Sorry — something went wrong answering that. Please try again or ask differently.'
  }
}

function replyTo(text: string, context: CommandContext): Reply {
  const slash = /^\/(\S+)\s*(.*)$/s.exec(text)
  if (!slash) return ask.execute({ question: text }, context)
  const [, name = '', rest = ''] = slash
  const found = findCommand(name)
  const command: Command | undefined = found?.name === 'help' ? terminalHelp : found
  if (!command) {
    const known = commands.map((candidate) => `/${candidate.name}`).join(', ')
    return { kind: 'notice', message: `There is no /${name} command. Try ${known}, or just type a question.` }
  }
  // In the terminal, whatever follows the command is its first option.
  const [first] = command.options
  return command.execute(first ? { [first.name]: rest } : {}, context)
}
