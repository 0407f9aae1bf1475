import type { CorpusDocument } from '../../src/core/types.js'

/** A small hand-written document for relevance tests. */
export function makeDocument(id: string, passages: readonly string[], topics: string[] = []): CorpusDocument {
  return {
    id,
    source: {
      title: `Title of ${id}`,
      url: `https://example.org/${id}`,
      publisher: 'Example Publisher',
      published: '2022-11-07',
    },
    topics,
    passages: passages.map((text, i) => ({ id: `${id}:${i + 1}`, text })),
  }
}
