import { escapeMarkdown } from 'discord.js'
import type { Highlight } from '../../core/answer/highlights.js'
import { splitQuote } from '../../presentation/highlight.js'

/**
 * Text shown as written: Discord markdown in it, masked links too, is escaped.
 * (Heading and list escapes are left off: they would mangle "1.92 trillion"
 * in the middle of a line, and no text of ours starts a line unescaped.)
 */
export function plain(text: string): string {
  // Every escape below needs one of these characters; most quotes have none, and the escapes' regular expressions are slow.
  return MARKDOWN_CHARACTERS.test(text) ? escapeMarkdown(text, { maskedLink: true }) : text
}

// What escapeMarkdown acts on with these options: \ ` * _ ~ | and a masked link's [.
const MARKDOWN_CHARACTERS = /[\\`*_~|[]/

// What Discord turns into a link by itself: a scheme and "://", up to a space or angle bracket.
const URL_PATTERN = /[a-z][a-z0-9+.-]*:\/\/[^\s<>]+/gi

/**
 * Text a user typed, shown inert: markdown escaped, and every URL in code
 * formatting, where Discord shows it but does not make it a link. (Escaping
 * alone leaves a URL live: `\[click](https://…)` still links the address.)
 */
export function inert(text: string): string {
  let shown = ''
  let from = 0
  for (const match of text.matchAll(URL_PATTERN)) {
    // A backtick would end the code span early; the URL is shown, not followed, so one like it will do.
    shown += `${plain(text.slice(from, match.index))}\`${match[0].replaceAll('`', 'ˋ')}\``
    from = match.index + match[0].length
  }
  return shown + plain(text.slice(from))
}

/** A verbatim quote with the words that met the question in bold. */
export function highlightedQuote(quote: string, highlights: readonly Highlight[]): string {
  return splitQuote(quote, highlights)
    .map((run) => (run.highlighted ? `**${plain(run.text)}**` : plain(run.text)))
    .join('')
}
