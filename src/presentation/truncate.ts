/**
 * Cuts text to at most `max` characters at a word boundary, ending with an
 * ellipsis, and closes a bold run the cut left open (`bold` is the platform's
 * marker: "**" on Discord, "*" on Slack).
 */
export function truncateAtWord(text: string, max: number, bold = '**'): string {
  if (text.length <= max) return text
  const room = max - 1 - bold.length // the ellipsis, and a bold marker that may be needed
  let cut = text.slice(0, room)
  // Cut mid-word: drop the part-word, unless that would lose most of the text.
  const space = /\s/u.test(text[room] ?? ' ') ? -1 : cut.search(/\s\S*$/u)
  if (space > room / 2) cut = cut.slice(0, space)
  cut = cut.replace(/[\s,;:]+$/u, '')
  const markers = cut.split(bold).length - 1
  return `${cut}${markers % 2 === 1 ? bold : ''}…`
}
