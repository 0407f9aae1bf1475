/** Words that rank a thing above or below the rest, as a question asks for it and a sentence says it. */
// biome-ignore format: a word list reads best packed
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'most', 'least', 'highest', 'lowest', 'largest', 'biggest', 'smallest', 'fastest', 'slowest', 'greatest', 'best',
  'worst', 'strongest', 'weakest', 'longest', 'shortest', 'widest', 'top', 'leading',
])
