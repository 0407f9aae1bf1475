import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/corpus/parse-document.js'
import type { Block } from '../../src/ingest/draft.js'
import { writeMarkdown } from '../../src/ingest/write-markdown.js'

describe('writeMarkdown', () => {
  it('writes text the loader reads back character for character, however much it looks like Markdown', () => {
    const blocks: Block[] = [
      { kind: 'heading', depth: 1, text: 'I. Rules *and* [Limits]' },
      { kind: 'paragraph', text: '1. This opens like a numbered list, but it is a paragraph.' },
      { kind: 'paragraph', text: '# Not a heading, and 5 * 3 = 15 with a_b_c, `ticks`, <tags> & &amp; kept.' },
      { kind: 'item', text: '- a dash that is text' },
      { kind: 'item', text: 'a second item' },
      { kind: 'paragraph', text: '> not a quote: “curly” quotes, a\u00a0non-breaking space, and Сyrillic С.' },
    ]
    const markdown = writeMarkdown(
      { id: 'tricky', title: 'A: title with "quotes"', url: 'https://example.org/t', publisher: 'Example', published: '2024-01-02' },
      blocks,
    )
    const parsed = parseDocument('tricky.md', markdown, 'tricky')
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'))
    expect(parsed.value.source.title).toBe('A: title with "quotes"')
    expect(parsed.value.passages.map(({ text, section }) => [text, section])).toEqual(
      blocks.slice(1).map((block) => [block.text, 'I. Rules *and* [Limits]']),
    )
  })
})
