import { describe, expect, it } from 'vitest'
import { sources } from '../../commands/sources.js'
import { createRetriever } from '../../src/core/retriever.js'
import { makeDocument } from '../helpers/documents.js'
import { riversideReport } from '../helpers/sectioned-documents.js'

describe('sources', () => {
  it("counts each top-level section's passages with its subsections', and the sections passages stand in", () => {
    const reply = sources.execute({}, { retriever: createRetriever([riversideReport()]) })
    expect(reply).toEqual({
      kind: 'sources',
      documents: [
        {
          id: 'riverside',
          source: expect.objectContaining({ title: 'The Riverside Cycling Report', published: '2024-05-02' }),
          passages: 5,
          // Preface, I › 1, I › 2, II, Conclusion: chapter I has no passage of its own, as corpus add counts.
          sections: 5,
          chapters: [
            { title: 'Preface', passages: 1, subsections: 0 },
            { title: 'I. Bridges and Lanes', passages: 2, subsections: 2 },
            { title: 'II. Tramway Integration', passages: 1, subsections: 0 },
            { title: 'Conclusion', passages: 1, subsections: 0 },
          ],
        },
      ],
    })
  })

  it('gives a document without headings no sections', () => {
    const reply = sources.execute({}, { retriever: createRetriever([makeDocument('plain', ['One passage.', 'Another passage.'])]) })
    expect(reply).toMatchObject({ kind: 'sources', documents: [{ id: 'plain', passages: 2, sections: 0, chapters: [] }] })
  })
})
