import { MONTH_PATTERN } from '../text/calendar.js'
import type { FigureMention } from './find-figures.js'

/** What a figure measures and when, read off its sentence. */
export interface FigureDescription {
  /** A short label taken from the sentence: "value of China's digital economy". */
  label: string
  /** The period the sentence gives for it: "2021", "June 2022"; null when it gives none. */
  period: string | null
}

// Written with a capital, as months are in prose: "may" and "march" are words too.
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const MONTHS = String.raw`(?:${MONTH_PATTERN.split('|').map(capitalised).join('|')})\.?`
const PERIOD = new RegExp(
  String.raw`\b(?:(?:the )?(?:first|second|third|fourth) (?:half|quarter) of |Q[1-4] |H[12] )?(?:${MONTHS} )?(?:19|20)\d\d\b`,
  'g',
)
// "had reached", "stood at": the words between what is measured and its figure.
const LINKING_VERB =
  /\s+(?:had |has |have )?(?:reached|stood at|stands at|totall?ed|hit|amounted to|rose to|grew to|fell to|climbed to|increased to|dropped to|came to|was|were|is|are)\s+$/i
const SHARE_OF = /^\s*of\s+(?:its |their |the |total )*([^,;:.]+)/i
const SHARE_INTRO = /(?:accounting for|representing|making up|equal to|or)\s+$/i
const GROWTH_VERB = /\s*\b(?:up|down|rose|fell|grew|increased|decreased|dropped|climbed|jumped|gained|declined)(?:\s+by)?\s*$/i
const YEAR_ON_YEAR = /^\s*(?:year[- ]on[- ]year|y\/y|yoy|from a year (?:earlier|ago)|over the previous year)\b/i
const THERE_WERE = /\bthere (?:were|are|was|is|will be)\s+$/i
const PLACE_AFTER = /^\s+(in|across|nationwide in)\s+([^,;:.]+?)(?=\s+(?:and|by|as|since|with)\b|[,;:.]|$)/i

/**
 * Labels each figure of a sentence with what it measures, in the sentence's
 * own words, and the period the sentence gives for it. Reads the common shapes
 * of figures in prose: "the value of X had reached N", "there were N users in
 * X", "accounting for N percent of GDP", "up N percent year-on-year", "with N
 * towers"; otherwise the words naming the figure.
 */
export function describeFigures(sentence: string, figures: readonly FigureMention[]): FigureDescription[] {
  const descriptions: FigureDescription[] = []
  figures.forEach((figure, i) => {
    const clauseStart = Math.max(
      figures[i - 1]?.end ?? 0,
      ...[...sentence.slice(0, figure.start).matchAll(/[,;:]\s+|\s[–—-]\s|^/g)].map((m) => m.index + m[0].length),
    )
    const before = sentence.slice(clauseStart, figure.start).replace(/^\s*(?:and|but|while|with)\s+/i, '')
    const after = sentence.slice(figure.end)
    const previous = descriptions[i - 1]?.label
    descriptions.push({ label: labelFor(figure, before, after, previous), period: periodFor(sentence, figure) })
  })
  return descriptions
}

function labelFor(figure: FigureMention, before: string, after: string, previous: string | undefined): string {
  const linked = LINKING_VERB.exec(before)
  if (figure.growth) {
    const grown = previous ?? subjectOf(before.replace(GROWTH_VERB, ''))
    return grown ? `${YEAR_ON_YEAR.test(after) ? 'year-on-year growth' : 'growth'} of ${grown}` : 'growth'
  }
  if (figure.percent) {
    const of = SHARE_OF.exec(after)?.[1]?.trim()
    if (of && SHARE_INTRO.test(before) && previous) return `${previous} as a share of ${of}`
    if (linked) return tidy(before.slice(0, linked.index))
    if (of) return `share of ${of}`
  }
  if (THERE_WERE.test(before) && figure.unit) {
    const place = PLACE_AFTER.exec(after.slice(figure.unit.length + after.indexOf(figure.unit)))
    return place ? `${figure.unit} ${place[1]} ${place[2]}` : figure.unit
  }
  if (linked) return tidy(before.slice(0, linked.index))
  if (figure.unit && !figure.money && !figure.percent) {
    // "personal information of more than 1 million users": the words that say whose.
    const owner = /((?:[\p{L}'’-]+\s+){1,3}of)\s+$/u.exec(before)?.[1]
    return owner && !/^(with|and)\b/i.test(owner) ? `${tidy(owner)} ${figure.unit}` : figure.unit
  }
  return subjectOf(before) ?? figure.unit ?? 'figure'
}

/** What the words before a figure say it is, if they say anything. */
function subjectOf(before: string): string | undefined {
  const text = tidy(before)
  return /\p{L}{3,}/u.test(text) && !/^(?:to|from|at|of|by|for|on|and|or)$/i.test(text) ? text : undefined
}

/** Without leading articles and time phrases, or trailing spaces. */
function tidy(text: string): string {
  return text
    .trim()
    .replace(/^(?:by|in|as of|since)\s+(?:\S+\s+)?(?:19|20)\d\d\s*,?\s*/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .trim()
}

/** The time expression nearest before the figure in its sentence, else nearest after. */
function periodFor(sentence: string, figure: FigureMention): string | null {
  const periods = [...sentence.matchAll(PERIOD)]
  const before = periods.filter((period) => period.index < figure.start).at(-1)
  const after = periods.find((period) => period.index >= figure.end)
  return (before ?? after)?.[0].replace(/^the /i, '') ?? null
}
