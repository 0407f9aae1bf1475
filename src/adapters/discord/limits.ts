/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  fields: 25,
  embeds: 10,
  total: 6000,
} as const

/** Autocomplete: at most 25 choices, names and values of at most 100 characters. */
export const AUTOCOMPLETE_LIMITS = { choices: 25, name: 100, value: 100 } as const

/**
 * Cuts text to at most `max` characters at a word boundary, ending with an
 * ellipsis, and closes a bold run the cut left open.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text
  const room = max - 3 // "…" plus a "**" that may be needed
  let cut = text.slice(0, room)
  // Cut mid-word: drop the part-word, unless that would lose most of the text.
  const space = /\s/u.test(text[room] ?? ' ') ? -1 : cut.search(/\s\S*$/u)
  if (space > room / 2) cut = cut.slice(0, space)
  cut = cut.replace(/[\s,;:]+$/u, '')
  const bolds = cut.match(/(?<!\\)\*\*/g)?.length ?? 0
  return `${cut}${bolds % 2 === 1 ? '**' : ''}…`
}
