import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/ingest/draft.js'
import { extractPdf } from '../../src/ingest/pdf/extract-pdf.js'
import { RUNNING_HEAD, scannedPdf, twoColumnPdf } from '../helpers/two-column-pdf.js'

describe('extractPdf: a two-column paper with running heads', async () => {
  const draft = await extractPdf(await twoColumnPdf())
  const paragraphs = draft.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)
  const all = draft.blocks.map((block) => block.text).join('\n')

  it('takes the title from the PDF and the date from when it was made, saying it guessed the date', () => {
    expect(draft.fields).toMatchObject({ title: 'The Riverside Transport Review', published: '2024-05-02' })
    // The title set over the columns is the title, not the first passage.
    expect(draft.blocks[0]).toEqual({ kind: 'heading', depth: 1, text: 'Preface' })
    expect(draft.guesses).toContain("published: the PDF's creation date")
  })

  it("makes the paper's numbering its sections, in reading order: the left column, then the right, then the next page", () => {
    const headings = draft.blocks.filter((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading')
    expect(headings.map(({ depth, text }) => [depth, text])).toEqual([
      [1, 'Preface'],
      [1, 'I. Lanes and Bridges'],
      [2, '1. Protected lanes'],
      [2, '2. New crossings'],
      [1, 'II. Trams and Trains'],
      [1, 'Conclusion'],
    ])
  })

  it('reads a sentence on from the foot of the left column to the top of the right one, hyphenation undone', () => {
    expect(paragraphs).toContain(
      'By 2023 the town had built 84 kilometres of protected lanes, and the steady development of the network has continued along both banks of the river, where the lanes now reach every school.',
    )
  })

  it('keeps the hyphen of a hyphenated word broken at its hyphen', () => {
    expect(all).toContain('the cross-border path to Eastmark')
  })

  it('leaves out the running head and the page numbers', () => {
    expect(all).not.toContain(RUNNING_HEAD)
    expect(all).not.toContain('Spring 2024')
    expect(all).not.toMatch(/Page \d/)
  })
})

describe('extractPdf: a scan', () => {
  it('says it has no text layer, and that OCR is not supported', async () => {
    await expect(extractPdf(await scannedPdf())).rejects.toThrow('this PDF has no text layer; OCR is not supported')
  })
})
