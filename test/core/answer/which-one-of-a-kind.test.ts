import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const briefing = makeDocument('port-briefing', [
  'A reporter from a shipping weekly asked about berthing fees. The official said fees would stay flat.',
  'A columnist from a farming monthly, Fieldnotes, asked about grain silos.',
  'The harbour board approved the new quay in 2020.',
  'Ferries leave every hour.',
  'Tugs guide ships into the basin.',
  'Cargo volumes rose in the spring.',
])

describe('a "which …" question', () => {
  const retriever = createRetriever([briefing])

  it('is not answered by a passage that names the thing only as "a …": it never says which', () => {
    for (const question of ['which shipping weekly asked about berthing fees?', 'which weekly was it that asked about fees']) {
      expect(retriever.ask(question).answers, question).toEqual([])
    }
  })

  it('is answered where a name follows it, or it is a particular one', () => {
    expect(retriever.ask('which farming monthly asked about grain silos?').answers[0]?.quote).toBe(
      'A columnist from a farming monthly, Fieldnotes, asked about grain silos.',
    )
    expect(retriever.ask('which board approved the new quay?').answers[0]?.quote).toBe('The harbour board approved the new quay in 2020.')
  })
})
