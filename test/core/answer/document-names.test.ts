import { describe, expect, it } from 'vitest'
import { DocumentNames } from '../../../src/core/answer/document-names.js'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A consultancy's note, which never names the consultancy in its text, and a digest of figures.
const note = {
  ...makeDocument('port-fees-note', [
    'We expect the harbour board to keep berthing fees flat until the new quay opens.',
    'Shippers should budget for a rise once it does.',
  ]),
  source: { title: 'Port fees', url: 'https://example.org/note', publisher: 'Quillmark Shipping Advisory', published: '2023-04-02' },
}
const digest = {
  ...makeDocument('tonnage-digest', [
    'Tonnage is shown in euros at a rate of 1.08 dollars to the euro.',
    'This digest appears monthly.',
    'Cargo rose 4 percent.',
    'Bulk carriers made up most of it.',
    'Container lines lost ground.',
  ]),
  source: { title: 'Port figures', url: 'https://example.org/digest', publisher: 'Harbour Monthly', published: '2023-05-01' },
}
const other = {
  ...makeDocument('ferry-report', ['The ferry operator expects fares to stay flat this summer.']),
  source: { title: 'Ferries', url: 'https://example.org/ferry', publisher: 'Island Weekly', published: '2023-05-02' },
}

describe("a document's own name, where its text does not repeat it", () => {
  it('lets a question name the publisher of the passage that answers', () => {
    const answer = createRetriever([note, other]).ask('what does Quillmark expect for berthing fees?').answers[0]
    expect(answer?.quote).toBe('We expect the harbour board to keep berthing fees flat until the new quay opens.')
  })

  it("answers only from that publisher's document", () => {
    // The ferry report answers for fares, but Quillmark wrote nothing on them.
    expect(createRetriever([note, other]).ask('what does Quillmark expect for ferry fares?').answers).toEqual([])
  })

  it('lets a figure stand without the name of its document beside it', () => {
    const answer = createRetriever([digest, other]).ask('what dollar rate did the digest use?').answers[0]
    expect(answer?.quote).toBe('Tonnage is shown in euros at a rate of 1.08 dollars to the euro.')
  })

  it("is its file name's words and its publisher's names, not the publisher's English words", () => {
    const names = new DocumentNames([note, digest, other])
    // "Port", in two of the three titles, is what the corpus is about: it names no one document.
    expect([...names.of(note)]).toEqual(['fee', 'quillmark'])
    expect([...names.of(digest)]).toEqual(['tonnag', 'digest'])
  })
})

describe('a document the asker cites ("per the digest")', () => {
  // Both report cargo; the ferry report came out first, which would break a tie its way.
  const ferries = {
    ...makeDocument('ferry-report', ['Cargo on the island ferries rose 9 percent last year.', 'Fares stayed flat.']),
    source: { title: 'Ferries', url: 'https://example.org/ferry', publisher: 'Island Weekly', published: '2023-04-01' },
  }
  const tonnage = {
    ...makeDocument('tonnage-digest', ['Cargo through the port rose 4 percent last year.', 'Bulk carriers made up most of it.']),
    source: { title: 'Port figures', url: 'https://example.org/digest', publisher: 'Harbour Monthly', published: '2023-05-01' },
  }

  it('is named by any word of its publisher, cited so', () => {
    // "Monthly", written as a name in the text, must be in the passage unless the question cites the document by it.
    const monthly = {
      ...makeDocument('port-figures', [
        'Harbour Monthly collects figures from the port board.',
        'Cargo through the port rose 4 percent last year.',
      ]),
      source: { title: 'Port figures', url: 'https://example.org/figures', publisher: 'Harbour Monthly', published: '2023-05-01' },
    }
    const answer = createRetriever([ferries, monthly]).ask('how much did cargo rise last year, per the monthly?').answers[0]
    expect(answer?.quote).toBe('Cargo through the port rose 4 percent last year.')
  })

  it("is met by that document's sentences, which need not name it", () => {
    const answer = createRetriever([ferries, tonnage]).ask('how much did cargo rise last year, per the digest?').answers[0]
    expect(answer?.quote).toBe('Cargo through the port rose 4 percent last year.')
  })
})
