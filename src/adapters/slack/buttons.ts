import { findCommand, type Reply } from '../../../commands/index.js'
import { type ButtonState, readButton, signButton } from '../shared/signed-button.js'
import { BUTTON_LIFETIME_SECONDS, type SlackContext } from './context.js'

/** The signed values of a reply's Share and More buttons. */
export function buttonValues(
  context: SlackContext,
  {
    command,
    input,
    user,
    view = 'first',
    shareable,
  }: { command: string; input: string; user: string; view?: 'first' | 'rest'; shareable: boolean },
): { share?: string; more?: string } {
  const expires = Math.floor(Date.now() / 1000) + BUTTON_LIFETIME_SECONDS
  const sign = (state: Omit<ButtonState, 'expires'>) => signButton({ ...state, expires }, context.buttonSecret)
  return {
    ...(shareable ? { share: sign({ command, input, view, user }) } : {}),
    more: sign({ command, input, view: 'rest', user }),
  }
}

/** Redoes the command a signed button was made for; undefined for a forged, stale or unknown one. */
export function replyForButton(value: string | undefined, context: SlackContext): { state: ButtonState; reply: Reply } | undefined {
  const state = readButton(value, context.buttonSecret)
  const command = state && findCommand(state.command)
  if (!state || !command) return undefined
  const [first] = command.options
  return { state, reply: command.execute(first ? { [first.name]: state.input } : {}, context) }
}
