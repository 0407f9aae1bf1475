/**
 * Currencies, as every part of the bot reads them: the question (a figure in
 * one currency does not answer for another), the index (so "usd" meets "US
 * dollars") and the figure finder (a sum's unit). One list, not one per part.
 */
interface Currency {
  /** ISO 4217, lower case: the one index term every spelling of it becomes. */
  code: string
  /** The unit a figure in it is given in ("US dollars"). */
  unit: string
  /** Folded words for it, singular and plural. */
  words: readonly string[]
  /** Signs and codes written before a figure ("$", "US$", "RMB"). */
  signs: readonly string[]
}

const CURRENCIES: readonly Currency[] = [
  { code: 'cny', unit: 'yuan', words: ['yuan', 'renminbi', 'rmb', 'cny'], signs: ['¥', 'RMB', 'CNY'] },
  { code: 'usd', unit: 'US dollars', words: ['dollar', 'dollars', 'usd'], signs: ['US$', '$', 'USD'] },
  { code: 'eur', unit: 'euros', words: ['euro', 'euros', 'eur'], signs: ['€', 'EUR'] },
  { code: 'gbp', unit: 'pounds', words: ['pound', 'pounds', 'sterling', 'gbp'], signs: ['£', 'GBP'] },
  { code: 'jpy', unit: 'yen', words: ['yen', 'jpy'], signs: ['JPY'] },
  { code: 'inr', unit: 'rupees', words: ['rupee', 'rupees', 'inr'], signs: ['INR'] },
  { code: 'rub', unit: 'roubles', words: ['rouble', 'roubles', 'ruble', 'rubles', 'rub'], signs: ['RUB'] },
  { code: 'chf', unit: 'francs', words: ['franc', 'francs', 'chf'], signs: ['CHF'] },
]

// A currency only after a figure: "who won" is not about Korean money.
const ONLY_AFTER_A_FIGURE = ['won']

const byWord = new Map(CURRENCIES.flatMap((currency) => currency.words.map((word) => [word, currency] as const)))
const bySign = new Map(CURRENCIES.flatMap((currency) => currency.signs.map((sign) => [sign.toLowerCase(), currency] as const)))

/** The index term a currency word stands for ("dollars" → "usd"), or undefined. */
export function currencyTerm(foldedWord: string): string | undefined {
  return byWord.get(foldedWord)?.code
}

/** The unit of a figure written with this sign or code ("$" → "US dollars"), or undefined. */
export function unitOfSign(sign: string): string | undefined {
  return bySign.get(sign.toLowerCase())?.unit
}

/** Whether the words after a figure name a currency ("45.5 trillion yuan", "US dollars", "300 won"). */
export function isCurrencyUnit(words: string): boolean {
  return words
    .toLowerCase()
    .split(/\s+/)
    .some((word) => byWord.has(word) || ONLY_AFTER_A_FIGURE.includes(word))
}

/** The signs and codes, as a regular-expression alternation, longest first. */
export const CURRENCY_SIGN_PATTERN = CURRENCIES.flatMap((currency) => currency.signs)
  .sort((a, b) => b.length - a.length)
  .map((sign) => sign.replace(/[$]/g, '\\$'))
  .join('|')

/** Every currency word, as a regular-expression alternation, for reading questions. */
export const CURRENCY_WORD_PATTERN = [...byWord.keys(), 'us dollars'].sort((a, b) => b.length - a.length).join('|')
