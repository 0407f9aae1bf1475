import { ask } from '../../../commands/ask.js'
import { findCommand, type Reply } from '../../../commands/index.js'
import type { Retriever } from '../../core/retriever.js'
import { withoutSlackMentions } from './mrkdwn.js'

/**
 * What a mention or a direct message asks for: "stats 5G", "/stats 5G",
 * "sources" and "help" run those commands; anything else is a question.
 */
export function replyToText(text: string, retriever: Retriever): { reply: Reply; command: string; input: string } {
  const clean = withoutSlackMentions(text)
  const [, name = '', rest = ''] = /^\/?(\w+)\b\s*(.*)$/s.exec(clean) ?? []
  const command = findCommand(name)
  if (command && command.name !== 'ask' && (rest.length === 0 || command.options.length > 0)) {
    const [first] = command.options
    return { reply: command.execute(first ? { [first.name]: rest } : {}, { retriever }), command: command.name, input: rest }
  }
  const question = command?.name === 'ask' ? rest : clean
  return { reply: ask.execute({ question }, { retriever }), command: 'ask', input: question }
}
