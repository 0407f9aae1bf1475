import { createHmac, timingSafeEqual } from 'node:crypto'

/** What a 👍/👎 button (and the "what was wrong" form after 👎) says: which answer, and which way. */
export interface FeedbackState {
  /** The answered request's id, as the request store keeps it. */
  requestId: string
  vote: 'up' | 'down'
}

// "fb" and a version, so a value from another kind of button is never read as this one.
const PREFIX = 'fb1'
/** Characters of the HMAC kept: 96 bits, so the whole value fits Discord's 100-character custom_id. */
const MAC_LENGTH = 16
const REQUEST_ID = /^[\w-]{1,64}$/

/**
 * A 👍/👎 button's value, signed with the button key (signed-button.ts's
 * buttonSecret), so any instance, or the same one after a restart, can
 * record a press, and a forged one is refused. It never expires: the vote
 * is on an answer that stays in the store for its retention period.
 */
export function signFeedback({ requestId, vote }: FeedbackState, secret: string): string {
  const body = `${PREFIX}.${vote}.${requestId}`
  return `${body}.${mac(body, secret)}`
}

export function readFeedback(value: string | undefined, secret: string): FeedbackState | undefined {
  const [prefix, vote, requestId, signature, ...rest] = (value ?? '').split('.')
  if (prefix !== PREFIX || (vote !== 'up' && vote !== 'down') || !requestId || !REQUEST_ID.test(requestId) || !signature) return undefined
  if (rest.length > 0) return undefined
  const expected = Buffer.from(mac(`${prefix}.${vote}.${requestId}`, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  return { requestId, vote }
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url').slice(0, MAC_LENGTH)
}
