/** Why a question was not looked up. */
export type InvalidReason = 'empty' | 'too-long' | 'no-words'

export type CheckedQuestion = { ok: true; text: string } | { ok: false; reason: InvalidReason; text: string }

// Control characters other than tab and newline, which people paste by accident.
const CONTROL = /[\p{Cc}\p{Cf}]/gu

/**
 * Makes any string safe to look up: well-formed UTF-16, no control characters,
 * trimmed; then checks it is a question at all.
 */
export function checkQuestion(raw: string, maxLength: number): CheckedQuestion {
  const text = raw.toWellFormed().replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
  if (text.length === 0) return { ok: false, reason: 'empty', text }
  if (text.length > maxLength) return { ok: false, reason: 'too-long', text: text.slice(0, maxLength) }
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'no-words', text }
  return { ok: true, text }
}
