import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../bench/generated-corpus.js'
import { type SentenceSpan, splitSentences } from '../../../src/core/text/sentences.js'

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** What the segmenter alone makes of a text, trimmed: the reference for the shortcut. */
function segmented(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  for (const { segment, index } of segmenter.segment(text)) {
    const start = index + segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (trimmed.length > 0) spans.push({ start, end: start + trimmed.length })
  }
  return spans
}

/** The split before figures skipped the segmenter, whose results must not change. */
function splitAsBefore(text: string): SentenceSpan[] {
  if (/[.!?…;\n\r\u2028\u2029]\S*\s+\S/u.test(text)) return segmented(text)
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  return end > start ? [{ start, end }] : []
}

describe('splitSentences', () => {
  it('splits at sentence ends but not at decimal points', () => {
    const text = 'It grew 45.5 percent in 2021. Exports rose 3.2 percent.'
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'It grew 45.5 percent in 2021.',
      'Exports rose 3.2 percent.',
    ])
    expect(splitSentences('  It grew 45.5 percent  ')).toEqual([{ start: 2, end: 22 }])
    expect(splitSentences('  ')).toEqual([])
  })

  it('gives what it gave before figures skipped the segmenter, on generated passages', () => {
    for (const document of generateCorpus(500)) {
      for (const { text } of document.passages) expect(splitSentences(text), text).toEqual(splitAsBefore(text))
    }
  })

  it('gives what it gave before on random strings of figures, terminals, breaks and marks', () => {
    const pieces = ['a', 'B', '5', '.', '. ', '?', '!', ' ', '\n', '\r\n', '\u0085', '\u2029', '\u3002', '\u2024', '"', ')']
    pieces.push('\u0301', 'x.y', ';', '…', ' 45.5 ', ' 7.25 ', 'word ', ' rose')
    const texts = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitSentences(text)).toEqual(splitAsBefore(text))
      }),
      { numRuns: 20_000 },
    )
  })
})
