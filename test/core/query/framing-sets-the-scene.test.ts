import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A rule's paragraph names its maker once; the sentence with the grace period does not.
const notice = makeDocument('port-notice', [
  'The harbour board issued new berthing rules in March 2023. Ships already moored before the rules applied were given 30 days to move.',
  'Ferries leave every hour.',
  'Tugs guide ships into the basin.',
  'The quay was widened in 2020.',
  'Cargo volumes rose in the spring.',
])

describe("words of the asker's framing, before the question proper", () => {
  const retriever = createRetriever([notice])

  it('need not stand beside the figure asked for: they set the scene', () => {
    const answer = retriever.ask('ships moored before the harbour board rules - how many days did they get to move?').answers[0]
    expect(answer?.quote).toBe('Ships already moored before the rules applied were given 30 days to move.')
  })

  it('still must when the question itself names them', () => {
    expect(retriever.ask('how many days did the harbour board give ships to move?').answers).toEqual([])
  })
})
