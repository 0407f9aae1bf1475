import { describe, expect, it } from 'vitest'
import { ask } from '../../../commands/ask.js'
import { documentQuestions } from '../../../src/core/answer/about-document.js'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const review = {
  ...makeDocument('harbour-review', ['The harbour authority published its yearly plan in March.', 'Container traffic rose by a tenth.']),
  source: { title: 'Harbour review', url: 'https://example.org/review', publisher: 'Coastal Gazette', published: '2023-03-14' },
}
const notes = {
  ...makeDocument('ferry-notes', ['This note was filed by the ferry desk on 2 May 2023.', 'Ferries ran late all spring.']),
  source: { title: 'Ferry notes', url: 'https://example.org/ferry', publisher: 'Island Weekly', published: '2023-05-02' },
}

describe('a question about a document itself', () => {
  it('is answered from its front matter when it calls it a piece, an article, a story', () => {
    const result = createRetriever([review]).ask('who published this piece and when')
    expect(result.status).toBe('documents')
    if (result.status !== 'documents') return
    expect(result.documents.map((document) => document.source.publisher)).toEqual(['Coastal Gazette'])
  })

  it('lists every document when it does not say which', () => {
    const result = createRetriever([review, notes]).ask('when was the article published?')
    expect(result.status === 'documents' && result.documents.map((document) => document.id)).toEqual(['harbour-review', 'ferry-notes'])
  })

  it('is answered by the text first when it names the document and the text says', () => {
    const retriever = createRetriever([review, notes])
    expect(retriever.ask('when did the ferry notes come out').answers[0]?.quote).toBe(
      'This note was filed by the ferry desk on 2 May 2023.',
    )
  })

  it('is not one about what the document says', () => {
    // The authority, not the gazette, published the plan: the text answers.
    const result = createRetriever([review]).ask('who published the yearly plan')
    expect(result.answers[0]?.quote).toBe('The harbour authority published its yearly plan in March.')
  })

  it('gets the documents with their sources from the ask command, as /sources shows them', () => {
    const reply = ask.execute({ question: 'which outlet ran this story?' }, { retriever: createRetriever([review]) })
    expect(reply).toMatchObject({
      kind: 'sources',
      documents: [{ id: 'harbour-review', passages: 2, source: { publisher: 'Coastal Gazette' } }],
    })
  })

  it('is not named by the words most titles share: those are the subject, not a document', () => {
    const titled = (id: string, title: string) => ({ ...makeDocument(id, ['Ships came in.']), source: { ...review.source, title } })
    const plan = titled('harbour-plan', 'Harbour plan')
    const ferries = titled('ferry-notes', 'Harbour ferries')
    const asked = documentQuestions([plan, ferries, titled('tide-tables', 'Harbour tides')])
    expect(asked('who published the harbour plan')?.documents).toEqual([plan])
    expect(asked('who published the harbour report')).toBeUndefined()
    // One document's title is all subject: "the harbour plan" is then what its text is about.
    expect(documentQuestions([plan])('who published the harbour plan')).toBeUndefined()
  })
})
