import type { Answer, Retriever } from '../../src/core/retriever.js'
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

/** An answer with made-up source data, for rendering tests. */
export function makeAnswer(quote: string, highlights: Answer['highlights'] = [], title = 'A title'): Answer {
  return {
    quote,
    highlights,
    passageId: 'doc:1',
    documentId: 'doc',
    score: 1,
    link: 'https://example.org/a#:~:text=x',
    source: { title, url: 'https://example.org/a', publisher: 'Example', published: '2022-11-07', via: 'Xinhua' },
  }
}

/** The real retriever, except that a question containing "explode" throws: to test error boundaries. */
export function failingOnExplode(real: Retriever): Retriever {
  return {
    ...real,
    ask: (question) => {
      if (question.includes('explode')) throw new Error('index exploded')
      return real.ask(question)
    },
  }
}
