import type { Block } from '../draft.js'
import { joinLines } from './join-lines.js'
import { headingDepth } from './numbered-heading.js'

// "• ", "- ", "* ", "– " at the start of a line: a bullet, as plain text and PDFs set lists.
const BULLET = /^\s*[•●▪◦‣∙*–-]\s+/u

/**
 * Blocks from paragraphs given as their lines: a paragraph whose first line is
 * a numbered heading ("II. Development …", "(1) …", "Conclusion") starts a
 * section, and its other lines are the text of that section. Lines that start
 * with a bullet are list items, each with the lines that continue it.
 */
export function structureParagraphs(paragraphs: readonly (readonly string[])[]): Block[] {
  const blocks: Block[] = []
  for (const lines of paragraphs) {
    const [first = '', ...rest] = lines
    const depth = headingDepth(first)
    if (depth !== undefined) blocks.push({ kind: 'heading', depth, text: first.trim().replace(/\s+/gu, ' ') })
    pushText(blocks, depth === undefined ? lines : rest)
  }
  return blocks
}

function pushText(blocks: Block[], lines: readonly string[]): void {
  let run: string[] = []
  let item = false
  const flush = () => {
    const text = joinLines(run)
    if (text.length > 0) blocks.push({ kind: item ? 'item' : 'paragraph', text })
    run = []
  }
  for (const line of lines) {
    if (BULLET.test(line)) {
      flush()
      item = true
      run.push(line.replace(BULLET, ''))
    } else run.push(line)
  }
  flush()
}
