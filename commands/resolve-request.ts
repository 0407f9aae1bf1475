import { defaultRetrieverOptions } from '../src/core/options.js'
import { truncateAtWord } from '../src/presentation/truncate.js'
import type { Command, CommandInput } from './command.js'
import { findCommand } from './index.js'
import { EXPIRED, NOT_THE_ASKER, NOTHING_TO_LOOK_UP, unknownCommand } from './messages.js'
import type { NeutralRequest, Visibility } from './request.js'
import { routeText } from './route-text.js'

/** A command to run, with its input and how its reply is shown; or a notice instead. */
export type Resolved =
  | {
      command: Command
      input: CommandInput
      /** The text given to its first option, which its buttons keep to run it again. */
      text: string
      view: 'first' | 'rest'
      visibility: Visibility
      /** A Share click: the reply is posted for everyone, marked as shared. */
      shared: boolean
    }
  | { notice: string }

/** Routing and input mapping: which command a request runs, on what. */
export function resolveRequest(request: NeutralRequest): Resolved {
  const { asked } = request
  const visibility: Visibility = request.public ? 'public' : 'private'
  const run = (command: Command, input: CommandInput, text: string) =>
    ({ command, input, text, view: 'first', visibility, shared: false }) as const
  if ('options' in asked) {
    const command = findCommand(asked.command)
    if (!command) return { notice: unknownCommand(asked.command) }
    const input = declaredOptions(command, asked.options)
    const [first] = command.options
    return run(command, input, first && typeof input[first.name] === 'string' ? String(input[first.name]) : '')
  }
  if ('lookUp' in asked) {
    if (asked.lookUp.trim().length === 0) return { notice: NOTHING_TO_LOOK_UP }
    // A long message is looked up by its beginning, cut at a word, rather than refused as too long.
    const question = truncateAtWord(asked.lookUp.trim(), defaultRetrieverOptions.maxQuestionLength).replace(/…$/, '')
    const ask = findCommand('ask')!
    return run(ask, firstOption(ask, question), question)
  }
  if ('button' in asked) {
    const { madeFrom } = asked
    const command = madeFrom && findCommand(madeFrom.command)
    if (!madeFrom || !command) return { notice: EXPIRED }
    const input = firstOption(command, madeFrom.text)
    if (asked.button === 'more') return { command, input, text: madeFrom.text, view: 'rest', visibility: 'private', shared: false }
    if (madeFrom.user !== request.user) return { notice: NOT_THE_ASKER }
    return { command, input, text: madeFrom.text, view: madeFrom.view, visibility: 'public', shared: true }
  }
  if ('command' in asked) {
    const command = findCommand(asked.command)
    if (!command) return { notice: unknownCommand(asked.command) }
    return run(command, firstOption(command, asked.text), asked.text)
  }
  const routed = routeText(asked.text)
  if ('notice' in routed) return routed
  return run(routed.command, firstOption(routed.command, routed.text), routed.text)
}

/** Text typed after a command is its first option ("stats 5G": the topic). */
function firstOption(command: Command, text: string): CommandInput {
  const [first] = command.options
  return first?.type === 'string' ? { [first.name]: text } : {}
}

/** Only the options the command declares, of the type it declares: a platform may send others (Discord's `public`). */
function declaredOptions(command: Command, given: CommandInput): CommandInput {
  const input: Record<string, string | boolean> = {}
  for (const option of command.options) {
    const value = given[option.name]
    if (typeof value === (option.type === 'boolean' ? 'boolean' : 'string')) input[option.name] = value as string | boolean
  }
  return input
}
