import type { Block } from '../draft.js'
import { joinLines } from './join-lines.js'
import { headingDepth } from './numbered-heading.js'

/**
 * Blocks from paragraphs given as their lines: a paragraph whose first line is
 * a numbered heading ("II. Development …", "(1) …", "Conclusion") starts a
 * section, and its other lines are the text of that section.
 */
export function structureParagraphs(paragraphs: readonly (readonly string[])[]): Block[] {
  const blocks: Block[] = []
  for (const lines of paragraphs) {
    const [first = '', ...rest] = lines
    const depth = headingDepth(first)
    if (depth !== undefined) {
      blocks.push({ kind: 'heading', depth, text: first.trim().replace(/\s+/gu, ' ') })
      const text = joinLines(rest)
      if (text.length > 0) blocks.push({ kind: 'paragraph', text })
    } else {
      const text = joinLines(lines)
      if (text.length > 0) blocks.push({ kind: 'paragraph', text })
    }
  }
  return blocks
}
