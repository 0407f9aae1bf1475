/**
 * Numbers written as words are the figures they name, for the index ("chapter
 * two" is "chapter 2") and the figure finder ("valid for two years" gives a
 * figure for "how long"). Not "one", which is as often a pronoun ("one of the
 * variations") as a count.
 */
// biome-ignore format: a word list reads best packed
const UNITS = [
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
]
const TENS = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** Folded number word → its digits. */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ...UNITS.map((word, i) => [word, String(i + 2)] as const),
  ...TENS.map((word, i) => [word, String((i + 3) * 10)] as const),
])

/** The words that scale a figure ("45.5 *trillion*"): its size, not what it counts. */
export const MAGNITUDE_WORDS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion'])

/** The number words as a regular-expression alternation, longest first ("seventeen" before "seven"). */
export const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')
