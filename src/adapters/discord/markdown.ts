import { escapeMarkdown } from 'discord.js'
import type { Highlight } from '../../core/answer/highlights.js'
import { splitQuote } from '../../presentation/highlight.js'

/** Text shown as written: Discord markdown in it (links, headings and lists too) is escaped. */
export function plain(text: string): string {
  return escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true })
}

/** A verbatim quote with the words that met the question in bold. */
export function highlightedQuote(quote: string, highlights: readonly Highlight[]): string {
  return splitQuote(quote, highlights)
    .map((run) => (run.highlighted ? `**${plain(run.text)}**` : plain(run.text)))
    .join('')
}
