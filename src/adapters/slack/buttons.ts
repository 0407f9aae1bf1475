import type { MadeFrom } from '../../../commands/request.js'
import { type ButtonState, readButton, signButton } from '../shared/signed-button.js'
import { signFeedback } from '../shared/signed-feedback.js'
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

/** What a signed button's reply was made from; undefined for a forged or stale one. */
export function madeFromButton(value: string | undefined, context: SlackContext): MadeFrom | undefined {
  const state = readButton(value, context.buttonSecret)
  return state && { command: state.command, text: state.input, user: state.user, view: state.view }
}

/** The signed values of an answer's 👍 and 👎: which request, which way. */
export function feedbackValues(requestId: string, context: SlackContext): { up: string; down: string } {
  return {
    up: signFeedback({ requestId, vote: 'up' }, context.buttonSecret),
    down: signFeedback({ requestId, vote: 'down' }, context.buttonSecret),
  }
}
