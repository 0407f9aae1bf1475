import { MONTH_PATTERN, WEEKDAYS } from '../text/calendar.js'

// "8 September 2020", "12th of July", "September 8", "Nov. 7": a day of a month, not only a month or a year.
const DAY_OF_MONTH = new RegExp(
  String.raw`\b([12]?\d|3[01])(st|nd|rd|th)?( of)? (${MONTH_PATTERN})\b|\b(${MONTH_PATTERN})\.? ([12]?\d|3[01])(st|nd|rd|th)?\b|\b(${[...WEEKDAYS].join('|')})\b`,
  'i',
)

/** Whether a sentence names a day ("on 8 September 2020", "on Monday"), for a question that asks on what day. */
export function givesDay(sentence: string): boolean {
  return DAY_OF_MONTH.test(sentence)
}
