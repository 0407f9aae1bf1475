/**
 * "2022-11-07" from the ways pages and PDFs write a date: ISO with or without
 * a time ("2022-11-07T08:00:00+08:00"), "2022/11/07", PDF's "D:20221107…",
 * or what `Date` reads ("7 November 2022"). Undefined when it is no date.
 */
export function isoDate(value: string): string | undefined {
  const text = value.trim()
  const numeric = /^(?:D:)?(\d{4})[-/]?(\d{2})[-/]?(\d{2})/.exec(text)
  if (numeric) return checked(`${numeric[1]}-${numeric[2]}-${numeric[3]}`)
  if (!/\d{4}/.test(text)) return undefined
  const parsed = new Date(`${text} UTC`)
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10)
}

function checked(date: string): string | undefined {
  const parsed = new Date(`${date}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : undefined
}
