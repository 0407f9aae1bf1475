import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { ask } from '../../../commands/ask.js'
import { commands, findCommand, type CommandContext, type Reply } from '../../../commands/index.js'
import { renderReply } from './render-reply.js'

export interface TerminalSessionOptions {
  input: Readable
  output: Writable
  /** Where failures are logged, apart from the answers. */
  errors: Writable
  context: CommandContext
  /** Show a prompt and a greeting; off when questions are piped in. */
  interactive: boolean
  /** ANSI bold for matched words. */
  color: boolean
}

const PROMPT = 'ask> '

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
    if (text.length > 0) output.write(`${answerLine(text, options)}\n\n`)
    if (interactive) lines.prompt()
  }
  lines.close()
}

/** One line's reply; an error answering one line never ends the session. */
function answerLine(text: string, { context, color, errors }: TerminalSessionOptions): string {
  try {
    return renderReply(replyTo(text, context), { color })
  } catch (error) {
    errors.write(`error answering ${JSON.stringify(text.slice(0, 200))}: ${error instanceof Error ? error.stack : String(error)}\n`)
    return 'Sorry — something went wrong answering that. Please try again or ask differently.'
  }
}

function replyTo(text: string, context: CommandContext): Reply {
  const slash = /^\/(\S+)\s*(.*)$/s.exec(text)
  if (!slash) return ask.execute({ question: text }, context)
  const [, name = '', rest = ''] = slash
  const command = findCommand(name)
  if (!command) {
    const known = commands.map((candidate) => `/${candidate.name}`).join(', ')
    return { kind: 'notice', message: `There is no /${name} command. Try ${known}, or just type a question.` }
  }
  // In the terminal, whatever follows the command is its first option.
  const [first] = command.options
  return command.execute(first ? { [first.name]: rest } : {}, context)
}
