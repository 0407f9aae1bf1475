import { describe, expect, it } from 'vitest'
import { createRetriever } from '../../../src/core/retriever.js'
import { makeDocument } from '../../helpers/documents.js'

const notes = makeDocument('notes', [
  'The Northern Fisheries Board (NFB) sets the quotas for cod.',
  'Boats must report catches to the Coastal Catch Registry within a day.',
  'Small trawler operators, or STOs, pay a lower licence fee.',
  'The cat sat on the quay.',
  'The Northern Fisheries Board meets in Bergen every spring.',
  'Small trawler operators must carry a radio beacon.',
])
const retriever = createRetriever([notes])
const first = (question: string) => retriever.ask(question).answers[0]?.quote

describe('acronyms', () => {
  it('stand for the words the text writes them after, in brackets or after "or"', () => {
    // Where the text spells them out without the acronym.
    expect(first('where does the NFB meet')).toBe('The Northern Fisheries Board meets in Bergen every spring.')
    expect(first('what must stos carry')).toBe('Small trawler operators must carry a radio beacon.')
  })

  it('that the text never writes stand for the initials of its names', () => {
    expect(first('what must boats report to the CCR')).toBe('Boats must report catches to the Coastal Catch Registry within a day.')
  })

  it('are read the same with a possessive', () => {
    expect(first("where does the NFB's board meet")).toBe('The Northern Fisheries Board meets in Bergen every spring.')
    expect(first("what are the CCR's rules for boats")).toBe('Boats must report catches to the Coastal Catch Registry within a day.')
  })

  it('are not read into English words that happen to be initials', () => {
    // "cat" is a word, not the Coastal … initials of anything here; it finds the cat.
    expect(first('where did the cat sit')).toBe('The cat sat on the quay.')
  })
})
