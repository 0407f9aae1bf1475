import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { extractText } from '../../src/ingest/text/extract-text.js'
import { joinLines } from '../../src/ingest/text/join-lines.js'
import { headingDepth } from '../../src/ingest/text/numbered-heading.js'

describe('extractText: a paper in its own numbering', async () => {
  const draft = extractText(await readFile('test/fixtures/ingest/numbered-paper.txt', 'utf8'))

  it('takes the first line for the title, and says it guessed', () => {
    expect(draft.fields.title).toBe('Bridges of the Northern Provinces')
    expect(draft.guesses).toEqual(['title: the first line'])
  })

  it('makes Preface, the chapters, their numbered sections and the (1) parts headings, each at its depth', () => {
    expect(
      draft.blocks.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && [block.depth, block.text]),
    ).toEqual([
      [1, 'Preface'],
      [1, 'I. Building the Crossings'],
      [2, '1. The first stone bridges'],
      [2, '2. Iron and steel'],
      [3, '(1) The great estuary span'],
      [1, 'II. Keeping Them Standing'],
      [1, 'Conclusion'],
    ])
    expect(draft.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(6)
  })
})

describe('extractText: bullets', () => {
  it('makes each bulleted line an item, with the lines that continue it', () => {
    const draft = extractText(
      'Figures for the year\n\nThe review lists:\n• 84 kilometres of lanes,\n  built along both banks;\n- three new bridges.\n',
    )
    expect(draft.blocks).toEqual([
      { kind: 'paragraph', text: 'The review lists:' },
      { kind: 'item', text: '84 kilometres of lanes, built along both banks;' },
      { kind: 'item', text: 'three new bridges.' },
    ])
  })
})

describe('headingDepth', () => {
  it('is undefined for a numbered sentence, which is text', () => {
    expect(headingDepth('1. The first bridges were built of stone.')).toBeUndefined()
    expect(headingDepth('In 1891 the estuary span opened')).toBeUndefined()
  })
})

describe('joinLines', () => {
  it('joins a word broken at a line end, and keeps a hyphen that belongs to the word', () => {
    expect(joinLines(['the steady develop-', 'ment of the network'])).toBe('the steady development of the network')
    expect(joinLines(['a cross-', 'border path'])).toBe('a cross-border path')
  })
})
