import type { Highlight } from '../core/answer/highlights.js'

/** A quote cut into plain and highlighted runs, in order, for any renderer to style. */
export interface QuoteRun {
  text: string
  highlighted: boolean
}

/** Splits a quote at its highlights; neighbouring highlights separated only by spaces merge. */
export function splitQuote(quote: string, highlights: readonly Highlight[]): QuoteRun[] {
  const merged: Highlight[] = []
  for (const next of [...highlights].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && next.start <= last.end) last.end = Math.max(last.end, next.end)
    else if (last && /^[ \u00a0]+$/u.test(quote.slice(last.end, next.start))) last.end = next.end
    else merged.push({ ...next })
  }
  const runs: QuoteRun[] = []
  let at = 0
  for (const { start, end } of merged) {
    if (start > at) runs.push({ text: quote.slice(at, start), highlighted: false })
    runs.push({ text: quote.slice(start, end), highlighted: true })
    at = end
  }
  if (at < quote.length) runs.push({ text: quote.slice(at), highlighted: false })
  return runs
}
