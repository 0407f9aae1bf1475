import type { Block } from './draft.js'

/**
 * Headings with no text under them before the next heading of their level or
 * above ("Contents" over a table of contents that was left out, "Related"):
 * they would be sections of nothing.
 */
export function dropEmptySections(blocks: readonly Block[]): Block[] {
  return blocks.filter((block, at) => {
    if (block.kind !== 'heading') return true
    for (const next of blocks.slice(at + 1)) {
      if (next.kind !== 'heading') return true
      if (next.depth <= block.depth) return false
    }
    return false
  })
}
