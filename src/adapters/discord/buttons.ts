import type { MadeFrom } from '../../../commands/request.js'
import { readFields, signFields } from '../shared/signed-button.js'

/** Discord's limit on a component's `custom_id`. */
export const CUSTOM_ID_LIMIT = 100

/**
 * How long a Share or More button works. Fifteen minutes, as long as the
 * interaction token of the reply it sits on: a private reply is rarely
 * acted on later, and a shorter life leaves a leaked id less worth having.
 */
const DISCORD_BUTTON_LIFETIME_SECONDS = 15 * 60

export type DiscordButtonAction = 'share' | 'more'

/**
 * Where a button's input travels: in its own id when it fits ("i"), or in the
 * message it sits on, whose first embed says "Asked: <input>" verbatim ("a").
 * Either way the id's signature covers it, so neither can be altered.
 */
type Carrier = 'i' | 'a'
const ASKED_PREFIX = 'Asked: '
const FIELD_COUNT = 5

export interface ButtonIdRequest extends MadeFrom {
  /** Offer Share (the reply is private and the command can post publicly). */
  shareable: boolean
  /** The author line of the message's first embed, as rendered ("Asked: …"), if it has one. */
  askedLine: string | undefined
}

/**
 * The `custom_id`s of a reply's Share and More buttons: signed state, so any
 * shard or instance, and the same one after a restart, can answer the click
 * (`share:<mac>~<view><carrier>~<command>~<user>~<expires>~<input>`). The
 * renderer shows More only where there is more. None when the input fits
 * neither in the id nor verbatim in the message: a button that could not work
 * is not offered.
 */
export function discordButtonIds(
  { command, text, user, view, shareable, askedLine }: ButtonIdRequest,
  secret: string,
  nowSeconds = Date.now() / 1000,
): { share?: string; more?: string } {
  const expires = Math.floor(nowSeconds + DISCORD_BUTTON_LIFETIME_SECONDS).toString(36)
  const userField = compactUser(user)
  if (userField === undefined || command.includes('~')) return {}
  const make = (action: DiscordButtonAction, shownView: 'first' | 'rest'): string | undefined => {
    const inline = `${action}:${signFields([`${shownView[0]}i`, command, userField, expires, text], secret, `${action}\n`)}`
    if (inline.length <= CUSTOM_ID_LIMIT) return inline
    if (askedLine !== `${ASKED_PREFIX}${text}`) return undefined
    return `${action}:${signFields([`${shownView[0]}a`, command, userField, expires, ''], secret, `${action}\n${text}`)}`
  }
  const share = shareable ? make('share', view) : undefined
  const more = view === 'first' ? make('more', 'rest') : undefined
  return { ...(share ? { share } : {}), ...(more ? { more } : {}) }
}

/**
 * What a clicked button's reply was made from, read from its id (and, for a
 * long input, the message it sits on); undefined for a forged, altered or
 * expired button, or an id that is not Share or More.
 */
export function readDiscordButton(
  customId: string,
  askedLine: string | undefined,
  secret: string,
  nowSeconds = Date.now() / 1000,
): { action: DiscordButtonAction; madeFrom: MadeFrom | undefined } | undefined {
  const colon = customId.indexOf(':')
  const action = customId.slice(0, colon)
  if (action !== 'share' && action !== 'more') return undefined
  const signed = customId.slice(colon + 1)
  // The carrier is read before the signature is checked only to know what else it covers; the check then covers the carrier too.
  const carrier = signed.split('~')[1]?.[1] as Carrier | undefined
  const shown = carrier === 'a' && askedLine?.startsWith(ASKED_PREFIX) ? askedLine.slice(ASKED_PREFIX.length) : ''
  const fields = readFields(signed, FIELD_COUNT, secret, `${action}\n${shown}`)
  if (!fields) return { action, madeFrom: undefined }
  const [viewCarrier = '', command = '', userField = '', expires = '', inline = ''] = fields
  const view = viewCarrier[0] === 'r' ? 'rest' : 'first'
  const user = fullUser(userField)
  if (Number.parseInt(expires, 36) < nowSeconds || user === undefined) return { action, madeFrom: undefined }
  return { action, madeFrom: { command, text: carrier === 'a' ? shown : inline, user, view } }
}

/** A Discord user id (a snowflake, up to 20 digits) in base 36: 13 characters at most, leaving room for the input. */
function compactUser(user: string): string | undefined {
  return /^\d{1,20}$/.test(user) ? BigInt(user).toString(36) : undefined
}

function fullUser(field: string): string | undefined {
  return /^[0-9a-z]{1,13}$/.test(field)
    ? [...field].reduce((sum, digit) => sum * 36n + BigInt(Number.parseInt(digit, 36)), 0n).toString()
    : undefined
}
