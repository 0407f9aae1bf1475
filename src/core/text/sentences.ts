/** A sentence of a passage, by offsets into the passage text. */
export interface SentenceSpan {
  start: number
  end: number
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Splits a passage into sentences, trimmed of surrounding white space. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  for (const { segment, index } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length
    const trimmed = segment.trim()
    if (trimmed.length === 0) continue
    spans.push({ start: index + leading, end: index + leading + trimmed.length })
  }
  return spans
}
