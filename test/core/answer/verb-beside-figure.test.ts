import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

// A figure's sentence must name what the question names beside it, but not the
// question's verb: "list" is what the bureau did, and the answer says "outlined".
// Each word below is used elsewhere in the corpus, so none of them is unknown;
// the last five keep "offices" (in two sentences) from being what the whole corpus is about.
const minutes = makeDocument('minutes', [
  'The planning bureau outlined seven areas of future work at its spring meeting.',
  'Three firms were listed on the city exchange that year.',
  'The bureau also runs four regional offices, opened in 2019.',
  'Permits stay valid while the offices review them.',
  'Ferries leave every hour.',
  'Tugs guide ships into the basin.',
  'The quay was widened in 2020.',
  'Cargo volumes rose in the spring.',
  'Most ships unload grain.',
])

describe('the verb of a question for a figure', () => {
  const retriever = createRetriever([minutes])

  it('need not be beside the figure', () => {
    const { answers } = retriever.ask('how many areas of future work were listed by the planning bureau?')
    expect(answers[0]?.quote).toContain('outlined seven areas of future work')
  })

  it('is read after "did" and its subject, though a tagger takes the word for a noun there', () => {
    // The tagger reads "head list" as two nouns; "did the … list" makes "list" the verb.
    const { answers } = retriever.ask('how many areas of future work did the planning bureau head list?')
    expect(answers[0]?.quote).toContain('outlined seven areas of future work')
  })

  it('is a verb as the sentence uses it: a noun of the question must still be beside the figure', () => {
    // "offices" names what is counted; the only count beside the meeting is of areas.
    const { status } = retriever.ask('how many offices did the planning bureau list at its spring meeting?')
    expect(status).toBe('no-answer')
  })
})
