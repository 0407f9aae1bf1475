import type { Draft } from '../draft.js'
import { structureParagraphs } from './structure-text.js'

/**
 * A plain-text document: paragraphs are separated by blank lines, and the
 * first line is its title when it stands alone and is not a numbered heading.
 */
export function extractText(text: string): Draft {
  const paragraphs = text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((paragraph) => paragraph.split('\n').filter((line) => line.trim().length > 0))
    .filter((lines) => lines.length > 0)
  const blocks = structureParagraphs(paragraphs)
  const [first] = blocks
  if (first?.kind === 'paragraph' && paragraphs[0]?.length === 1 && isTitleLike(first.text)) {
    return { fields: { title: first.text }, blocks: blocks.slice(1), guesses: ['title: the first line'] }
  }
  return { fields: {}, blocks, guesses: [] }
}

function isTitleLike(line: string): boolean {
  return line.length <= 200 && !/[.,;:]$/u.test(line)
}
