// "three quarters", "4 tenths", "a third", "two-fifths": a share said in words is a percentage.
const NUMERATORS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
}
const DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
}

/** A share in words, its numerator and denominator captured: "three quarters", "two-fifths". */
export const FRACTION_PATTERN = String.raw`\b(${Object.keys(NUMERATORS).join('|')}|\d)[\s-]+(${Object.keys(DENOMINATORS).join('|')})\b`
const FRACTION = new RegExp(FRACTION_PATTERN, 'giu')

/**
 * The percentage a share in words stands for, to one decimal ("two-fifths" is
 * 40); undefined when it is no share ("four thirds", "the first half").
 */
export function fractionPercent(numerator: string, denominator: string): number | undefined {
  const top = NUMERATORS[numerator.toLowerCase()] ?? Number(numerator)
  const bottom = DENOMINATORS[denominator.toLowerCase()]
  if (bottom === undefined || !(top > 0) || top >= bottom) return undefined
  return Math.round((1000 * top) / bottom) / 10
}

// A word after "a third", other than "of" and the words of a share ("a third more"): a noun it numbers.
const ORDINAL_AFTER = /^[\s-]+(?!of\b|more\b|less\b|fewer\b|or\b|and\b|percent\b)\p{L}/iu

/**
 * The question with each share written in words replaced by its percentage,
 * rounded to a whole number: "about three quarters" → "about 75 percent", which
 * then meets the corpus's 74.4 percent as any figure quoted from memory does.
 * "The first half of 2022" is not a share and stays as it is.
 */
export function fractionsAsPercent(question: string): string {
  return question.replace(FRACTION, (whole, numerator: string, denominator: string, at: number) => {
    // "a third trigger", "a fifth chapter": "a" before a word is one more of them, not a share of one.
    if (/^an?$/i.test(numerator) && ORDINAL_AFTER.test(question.slice(at + whole.length))) return whole
    const percent = fractionPercent(numerator, denominator)
    return percent === undefined ? whole : `${Math.round(percent)} percent`
  })
}
