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

/** Separates the fields of a compact signed value; only the last field may contain it. */
const FIELD_SEPARATOR = '~'
/** 12 bytes of HMAC: 96 bits is far beyond guessing online, and leaves room in a 100-character id. */
const COMPACT_MAC_LENGTH = 16

/**
 * Signs short fields into one compact value, `mac~field~…~last`, for slots as
 * small as Discord's 100-character `custom_id`. `alsoSigned` is covered by the
 * signature but not carried: text the message itself shows, checked when the
 * value comes back. Only the last field may contain "~".
 */
export function signFields(fields: readonly string[], secret: string, alsoSigned = ''): string {
  if (fields.slice(0, -1).some((field) => field.includes(FIELD_SEPARATOR)))
    throw new Error(`signFields: only the last field may contain "${FIELD_SEPARATOR}"`)
  const body = fields.join(FIELD_SEPARATOR)
  return `${compactMac(body, alsoSigned, secret)}${FIELD_SEPARATOR}${body}`
}

/** The `count` fields of a value signFields made with the same secret and `alsoSigned`; undefined if forged or altered. */
export function readFields(value: string, count: number, secret: string, alsoSigned = ''): string[] | undefined {
  const at = value.indexOf(FIELD_SEPARATOR)
  if (at < 0) return undefined
  const given = Buffer.from(value.slice(0, at))
  const body = value.slice(at + 1)
  const expected = Buffer.from(compactMac(body, alsoSigned, secret))
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  const parts = body.split(FIELD_SEPARATOR)
  if (parts.length < count) return undefined
  return [...parts.slice(0, count - 1), parts.slice(count - 1).join(FIELD_SEPARATOR)]
}

function compactMac(body: string, alsoSigned: string, secret: string): string {
  // The length prefix keeps "a~b" + "c" and "a~" + "bc" apart.
  return createHmac('sha256', secret).update(`${body.length}:${body}\n${alsoSigned}`).digest('base64url').slice(0, COMPACT_MAC_LENGTH)
}
