/** The calendar's words, for every part that reads dates: one list, not one per reader. */

// biome-ignore format: a word list reads best packed
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
] as const

/** Abbreviations → the month. "mar" and "may" are left out of `monthOf`: they are words too. */
const ABBREVIATIONS: ReadonlyMap<string, (typeof MONTHS)[number]> = new Map([
  ['jan', 'january'],
  ['feb', 'february'],
  ['mar', 'march'],
  ['apr', 'april'],
  ['jun', 'june'],
  ['jul', 'july'],
  ['aug', 'august'],
  ['sep', 'september'],
  ['sept', 'september'],
  ['oct', 'october'],
  ['nov', 'november'],
  ['dec', 'december'],
])
const WORDS_TOO = new Set(['mar'])

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

/** Month names and abbreviations, folded: "dec" is a month wherever a date is read. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...ABBREVIATIONS.keys()])

/** The month an abbreviation stands for ("dec" → "december"), for matching; none for full names or "mar". */
export function monthOf(word: string): string | undefined {
  return WORDS_TOO.has(word) ? undefined : ABBREVIATIONS.get(word)
}

/** A regular-expression alternation of every month word, longest first, for patterns over raw text. */
export const MONTH_PATTERN = [...MONTH_WORDS].sort((a, b) => b.length - a.length).join('|')

/** Units of time, singular and plural: a count of them is a length of time ("two years", "six months"). */
// biome-ignore format: a word list reads best packed
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'decade', 'decades',
])

/**
 * Words that place a thing in time without a date: "once the rules are
 * final", "at an early stage", "until early March", "within two years". A plan
 * is often timed so ("when will they update the note?" "Once the rules are
 * finalised").
 */
// biome-ignore format: a word list reads best packed
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'once', 'until', 'till', 'soon', 'later', 'before', 'after', 'eventually', 'immediately', 'within', 'during', 'early',
  'late',
])
