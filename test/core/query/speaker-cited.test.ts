import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A consultancy's note, which never names the consultancy in its text, beside a port report on the same fees.
const note = {
  ...makeDocument('berthing-note', [
    'We expect no cut in berthing fees before the new quay opens in 2025.',
    'Shippers should budget for flat fees until then.',
  ]),
  source: { title: 'Berthing', url: 'https://example.org/note', publisher: 'Quillmark Shipping Advisory', published: '2023-04-02' },
}
const report = {
  ...makeDocument('port-report', [
    'The harbour board said berthing fees could be cut once traffic recovers.',
    'Traffic fell 3 percent in 2022.',
  ]),
  source: { title: 'Port', url: 'https://example.org/port', publisher: 'Harbour Weekly', published: '2023-04-03' },
}

describe('the one a question asks for a view ("does Quillmark think …")', () => {
  const retriever = createRetriever([note, report])

  it("is where the answer is: that document's sentences meet the name they never repeat", () => {
    const answer = retriever.ask('does Quillmark think berthing fees will be cut soon?').answers[0]
    expect(answer?.quote).toBe('We expect no cut in berthing fees before the new quay opens in 2025.')
  })

  it('is not a source when it only does something: "does Quillmark charge berthing fees" finds no view of theirs', () => {
    expect(retriever.ask('does Quillmark charge berthing fees to cruise lines?').answers).toEqual([])
  })
})
