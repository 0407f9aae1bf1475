import type { Highlight } from '../../core/answer/highlights.js'
import { splitQuote } from '../../presentation/highlight.js'

/**
 * Text as Slack must receive it: `&`, `<` and `>` escaped, so nothing a user
 * typed ("<!channel>", "<@U123>") becomes a mention or a link.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A verbatim quote, escaped, with the words that met the question in bold. */
export function highlightedQuote(quote: string, highlights: readonly Highlight[]): string {
  return splitQuote(quote, highlights)
    .map((run) => (run.highlighted ? `*${escapeSlack(run.text)}*` : escapeSlack(run.text)))
    .join('')
}

/** A link of ours: the URL is escaped for Slack's <url|label> syntax, the label like any text. */
export function link(url: string, label: string): string {
  return `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeSlack(label).replace(/\|/g, '¦')}>`
}

/**
 * Slack's mention syntax is not part of a question: "<@U123> how many
 * towers <!here>" asks about towers.
 */
export function withoutSlackMentions(text: string): string {
  return text
    .replace(/<[@!#][^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
