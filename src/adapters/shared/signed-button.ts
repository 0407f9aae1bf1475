import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a button needs to redo its command anywhere: which command, with what input, for whom. */
export interface ButtonState {
  /** The command name ("ask", "stats"). */
  command: string
  /** What the user typed, which the command runs on again. */
  input: string
  /** Which answers the button's message shows. */
  view: 'first' | 'rest'
  /** The user it was made for: only they may share a private reply. */
  user: string
  /** When it stops working, in seconds since the epoch. */
  expires: number
}

/**
 * A button value that carries its own state, signed, so any instance of the
 * app can answer the click (Slack in HTTP mode runs behind a load balancer)
 * and a forged or stale value is refused: nothing is posted that the bot did
 * not make from the corpus.
 */
export function signButton(state: ButtonState, secret: string): string {
  const body = Buffer.from(JSON.stringify([state.command, state.input, state.view, state.user, state.expires])).toString('base64url')
  return `${body}.${mac(body, secret)}`
}

export function readButton(value: string | undefined, secret: string, nowSeconds = Date.now() / 1000): ButtonState | undefined {
  const [body, signature, ...rest] = (value ?? '').split('.')
  if (!body || !signature || rest.length > 0) return undefined
  const expected = Buffer.from(mac(body, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const [command, input, view, user, expires] = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown[]
    if (typeof command !== 'string' || typeof input !== 'string' || (view !== 'first' && view !== 'rest')) return undefined
    if (typeof user !== 'string' || typeof expires !== 'number' || expires < nowSeconds) return undefined
    return { command, input, view, user, expires }
  } catch {
    return undefined
  }
}

/** A key for signing buttons, derived from a secret the app already has, so every instance shares it. */
export function buttonSecret(appSecret: string): string {
  return createHmac('sha256', appSecret).update('white-paper-bot/buttons/v1').digest('base64url')
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url')
}
