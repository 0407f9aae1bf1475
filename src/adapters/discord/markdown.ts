import { escapeMarkdown } from 'discord.js'
import type { Highlight } from '../../core/answer/highlights.js'
import { splitQuote } from '../../presentation/highlight.js'

/**
 * Text shown as written: Discord markdown in it, masked links too, is escaped.
 * (Heading and list escapes are left off: they would mangle "1.92 trillion"
 * in the middle of a line, and no text of ours starts a line unescaped.)
 */
export function plain(text: string): string {
  return escapeMarkdown(text, { maskedLink: true })
}

/** A verbatim quote with the words that met the question in bold. */
export function highlightedQuote(quote: string, highlights: readonly Highlight[]): string {
  return splitQuote(quote, highlights)
    .map((run) => (run.highlighted ? `**${plain(run.text)}**` : plain(run.text)))
    .join('')
}
