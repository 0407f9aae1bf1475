import { MONTH_WORDS } from '../text/calendar.js'
import { CURRENCY_SIGN_PATTERN, isCurrencyUnit, unitOfSign } from '../text/currencies.js'
import { FRACTION_PATTERN, fractionPercent } from '../text/fractions.js'
import { MAGNITUDE_WORDS, NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../text/number-words.js'

/** A figure as written in a sentence, before it is described. */
export interface FigureMention {
  /** Offsets into the sentence. */
  start: number
  end: number
  /** The figure as written, without its unit: "1.05 billion", "39.8 percent", "more than 1 million". */
  value: string
  /** The figure as a number: 1.05e9; a percentage stays a percentage (39.8). */
  number: number
  /** The upper end of a range ("10–12 percent"), if it is one. */
  numberMax?: number
  /** "more than", "about", "up to" …, lower case, when the figure has one. */
  qualifier?: string
  /** "yuan", "internet users", "percent"; null when nothing names it. */
  unit: string | null
  /** Written as growth: "up 12 percent", "rose 3%", "12 percent year-on-year". */
  growth: boolean
  /** A currency amount. */
  money: boolean
  /** A share or rate in percent. */
  percent: boolean
}

const QUALIFIER = String.raw`(?:(?:more|less|fewer) than|over|under|about|around|nearly|almost|up to|at least|at most|approximately|roughly|some|close to|between)`
const CURRENCY_SIGN = String.raw`(?:${CURRENCY_SIGN_PATTERN})`
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:${NUMBER_WORD_PATTERN})\b`
const MAGNITUDE_WORD = String.raw`(?:${[...MAGNITUDE_WORDS].join('|')})`
const MAGNITUDE_GLUED = String.raw`(?:bn|mn|tn|k|m|b)`
const PERCENT = String.raw`(?:\s?%|\s?per\s?cent\b|\s?percent\b)`
const RANGE = String.raw`\s?(?:-|–|to|and)\s?`

// One figure: an optional qualifier, currency, a number or range, a magnitude and a percent sign.
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,]|\p{L}-)` +
    String.raw`(?:(?<qualifier>${QUALIFIER})\s+)?` +
    String.raw`(?<currency>${CURRENCY_SIGN})?\s?` +
    String.raw`(?<number>${NUMBER})` +
    String.raw`(?:(?<rangeSep>${RANGE})(?:${CURRENCY_SIGN})?(?<numberMax>${NUMBER}))?` +
    String.raw`(?:(?<magnitudeGlued>${MAGNITUDE_GLUED})(?![\p{L}\p{N}])|\s?(?<magnitude>${MAGNITUDE_WORD})\b)?` +
    String.raw`(?<percent>${PERCENT})?` +
    // Not part of a date like 07.11.2022, a time, or a code like 5G or 7th.
    String.raw`(?![\p{L}\p{N}]|[.,:]\p{N})`,
  'giu',
)

const MAGNITUDES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
}
const GROWTH_BEFORE =
  /\b(up|down|rose|fell|grew|increased|decreased|dropped|climbed|jumped|gained|declined|growth of|increase of|decrease of|rise of)(\s+by)?\s+$/i
const GROWTH_AFTER = /^\s*(year[- ]on[- ]year|y\/y|yoy|from a year (earlier|ago)|over the previous year|annually|a year)\b/i
// Words that end the noun phrase naming what was counted.
const PHRASE_END =
  /^(and|or|in|of|on|at|to|for|from|by|with|as|than|between|have|has|had|were|was|is|are|be|been|that|which|who|while|since|up|down|accounting|said|says|according|per|the|a|an|this|these|those|its|their|\d[\d.,]*)$/i

// "three in every four", "one out of five": a share written as a ratio.
const RATIO_OF = new RegExp(String.raw`^\s+(?:in|out of)\s+(?:every\s+)?(?<whole>${NUMBER})(?![\p{L}\p{N}])`, 'iu')

// "just under two-fifths of national output", "about a third": a share in words.
const FRACTION = new RegExp(String.raw`(?:(?<qualifier>${QUALIFIER})\s+)?${FRACTION_PATTERN}`, 'giu')

/** Every figure in a sentence, in order. Dates, years, ordinals and codes (5G, COVID-19) are not figures. */
export function findFigures(sentence: string): FigureMention[] {
  const fractions = fractionsIn(sentence)
  const figures: FigureMention[] = [...fractions]
  // The end of a ratio already read: its second number is part of it.
  let readUpTo = 0
  for (const match of sentence.matchAll(FIGURE)) {
    const groups = match.groups ?? {}
    const start = match.index
    if (start < readUpTo) continue
    const end = start + match[0].length
    // "two" of "two-fifths" is the share's.
    if (fractions.some((fraction) => start < fraction.end && end > fraction.start)) continue
    const ratio = groups.percent === undefined && !groups.currency && !groups.numberMax ? ratioAt(sentence, end, groups) : undefined
    if (ratio) {
      readUpTo = ratio.end
      figures.push({ ...ratio, start, value: sentence.slice(start, ratio.end).trim() })
      continue
    }
    const written = match[0].trim()
    const numberText = groups.number ?? ''
    const magnitudeText = (groups.magnitude ?? groups.magnitudeGlued ?? '').toLowerCase()
    const percent = groups.percent !== undefined
    const currency = groups.currency
    const plain = !percent && !currency && !magnitudeText && groups.qualifier === undefined && !groups.numberMax
    if (plain && isDatePart(sentence, start, end, numberText)) continue

    const scale = MAGNITUDES[magnitudeText] ?? 1
    const parse = (text: string) => Number(NUMBER_WORDS.get(text.toLowerCase()) ?? text.replace(/,/g, '')) * scale
    const after = sentence.slice(end)
    const before = sentence.slice(0, start)
    const unitPhrase = percent ? 'percent' : currency ? (unitOfSign(currency) ?? currency) : nounPhrase(after)
    // A bare number with nothing to say what it counts is not a statistic.
    if (plain && unitPhrase === null) continue
    figures.push({
      start,
      end,
      value: written,
      number: parse(numberText),
      ...(groups.numberMax ? { numberMax: parse(groups.numberMax) } : {}),
      ...(groups.qualifier ? { qualifier: groups.qualifier.toLowerCase().replace(/\s+/g, ' ') } : {}),
      unit: unitPhrase,
      growth: percent && (GROWTH_BEFORE.test(before) || GROWTH_AFTER.test(after)),
      money: currency !== undefined || (unitPhrase !== null && isCurrencyUnit(unitPhrase)),
      percent,
    })
  }
  return fractions.length > 0 ? figures.sort((a, b) => a.start - b.start) : figures
}

/** Shares written in words ("two-fifths", "a third"), as percentages. */
function fractionsIn(sentence: string): FigureMention[] {
  const found: FigureMention[] = []
  for (const match of sentence.matchAll(FRACTION)) {
    // Groups: the qualifier, then the fraction's numerator and denominator.
    const percent = fractionPercent(match[2] ?? '', match[3] ?? '')
    if (percent === undefined) continue
    const qualifier = match.groups?.qualifier
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      value: match[0],
      number: percent,
      ...(qualifier ? { qualifier: qualifier.toLowerCase().replace(/\s+/g, ' ') } : {}),
      unit: 'percent',
      growth: false,
      money: false,
      percent: true,
    })
  }
  return found
}

/** "three in every four" read as 75 percent, when the figure ending at `end` is the first number of a ratio. */
function ratioAt(
  sentence: string,
  end: number,
  groups: Record<string, string | undefined>,
): Omit<FigureMention, 'start' | 'value'> | undefined {
  const whole = RATIO_OF.exec(sentence.slice(end))
  if (!whole?.groups?.whole || groups.magnitude || groups.magnitudeGlued) return undefined
  const number = (text: string) => Number(NUMBER_WORDS.get(text.toLowerCase()) ?? text.replace(/,/g, ''))
  const part = number(groups.number ?? '')
  const of = number(whole.groups.whole)
  if (!(of > 0 && part >= 0 && part <= of)) return undefined
  return {
    end: end + whole[0].length,
    number: Math.round((part / of) * 1000) / 10,
    ...(groups.qualifier ? { qualifier: groups.qualifier.toLowerCase().replace(/\s+/g, ' ') } : {}),
    unit: 'percent',
    growth: false,
    money: false,
    percent: true,
  }
}

function isDatePart(sentence: string, start: number, end: number, number: string): boolean {
  const value = Number(number)
  if (/^\d{4}$/.test(number) && value >= 1900 && value <= 2100) return true
  const wordBefore = /([\p{L}]+)\.?\s+$/u.exec(sentence.slice(0, start))?.[1] ?? ''
  const wordAfter = /^\s+([\p{L}]+)/u.exec(sentence.slice(end))?.[1] ?? ''
  return value >= 1 && value <= 31 && (MONTH_WORDS.has(wordBefore.toLowerCase()) || MONTH_WORDS.has(wordAfter.toLowerCase()))
}

/** Up to four words after a figure that name what it counts: "5G cell towers", "internet users". */
function nounPhrase(after: string): string | null {
  const words: string[] = []
  for (const match of after.matchAll(/^\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)|\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/gu)) {
    const word = match[1] ?? match[2] ?? ''
    if (PHRASE_END.test(word) || words.length === 4) break
    words.push(word)
    // Punctuation right after the word ends the phrase.
    const next = after[(match.index ?? 0) + match[0].length]
    if (next !== undefined && next !== ' ' && next !== '\u00a0') break
  }
  return words.length > 0 ? words.join(' ') : null
}
