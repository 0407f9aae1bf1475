import { describe, expect, it } from 'vitest'
import { findDuplicate } from '../../src/ingest/duplicates.js'
import { makeDocument } from '../helpers/documents.js'

const story = [
  'The dock opened on Thursday.',
  'It cost 42 million euros.',
  'It holds four turbines at once.',
  'Fishermen kept their channel.',
  'The first array is due in 2027.',
]
const existing = makeDocument('tidal-dock', story)

describe('findDuplicate', () => {
  it('names the document with the same URL, fragment and trailing slash aside', () => {
    const again = {
      ...makeDocument('again', ['Other words entirely.']),
      source: { ...existing.source, url: `${existing.source.url}/#top` },
    }
    expect(findDuplicate(again, [existing])).toMatch(/^tidal-dock has the same URL/)
  })

  it('names the document whose text it repeats, when captured with more of the page around it', () => {
    const capture = makeDocument('capture', ['Share with friends', ...story.map((text) => text.toUpperCase()), 'Related content'])
    expect(findDuplicate({ ...capture, source: { ...capture.source, url: 'https://mirror.example.org/x' } }, [existing])).toMatch(
      /^tidal-dock has the same text/,
    )
  })

  it('lets a document through that shares a sentence or two with another', () => {
    const other = makeDocument('other', [story[0]!, story[1]!, 'A new ferry runs to the island.', 'Tickets cost less.', 'It sails hourly.'])
    expect(findDuplicate({ ...other, source: { ...other.source, url: 'https://example.org/ferry' } }, [existing])).toBeUndefined()
  })
})
